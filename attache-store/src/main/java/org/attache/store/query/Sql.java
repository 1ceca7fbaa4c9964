package org.attache.store.query;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.attache.store.Database;
import org.attache.store.StoreException;

/**
 * Runs read-only queries and maps each row to a record through a {@link RowMapper}. Connections are
 * kept open between queries, since opening one costs more than most queries.
 */
public final class Sql {
  private static final int IDLE = 16;

  private final Database database;
  private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(IDLE);

  public Sql(Database database) {
    this.database = requireNonNull(database, "database is null");
  }

  /** Makes one value of a row. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(Row row) throws SQLException;
  }

  private Connection borrow() {
    Connection c = idle.poll();
    return c != null ? c : database.connect();
  }

  private void giveBack(Connection c, boolean healthy) {
    try {
      if (!healthy || !c.getAutoCommit() || !idle.offer(c)) {
        c.close();
      }
    } catch (SQLException e) {
      // A connection that cannot say its state or close is dropped.
    }
  }

  /**
   * Every row of a query as a value; parameters are bound in order (a {@code Long[]} becomes a
   * bigint array, a {@code String[]} a text array).
   */
  public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
    Connection c = borrow();
    boolean healthy = false;
    try (PreparedStatement select = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        Object p = parameters[i];
        if (p instanceof Long[] ids) {
          select.setArray(i + 1, c.createArrayOf("bigint", ids));
        } else if (p instanceof String[] texts) {
          select.setArray(i + 1, c.createArrayOf("text", texts));
        } else {
          select.setObject(i + 1, p);
        }
      }
      List<T> result = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        Row row = new Row(rows);
        while (rows.next()) {
          result.add(mapper.map(row));
        }
      }
      healthy = true;
      return result;
    } catch (SQLException e) {
      throw new StoreException("Query failed: " + e.getMessage(), e);
    } finally {
      giveBack(c, healthy);
    }
  }

  /** The first row of a query as a value, if any. */
  public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... parameters) {
    List<T> rows = list(sql, mapper, parameters);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** The single number a query gives. */
  public long count(String sql, Object... parameters) {
    return list(sql, row -> row.number(1), parameters).get(0);
  }

  /** The ids a query gives in its first column. */
  public List<Long> ids(String sql, Object... parameters) {
    return list(sql, row -> row.number(1), parameters);
  }

  /** The current row of a result, read by column label. */
  public static final class Row {
    private final ResultSet rows;

    private Row(ResultSet rows) {
      this.rows = rows;
    }

    /** A column that is never null. */
    public String text(String column) throws SQLException {
      return requireNonNull(rows.getString(column), () -> column + " is null");
    }

    public Optional<String> optionalText(String column) throws SQLException {
      return Optional.ofNullable(rows.getString(column));
    }

    public long number(String column) throws SQLException {
      return rows.getLong(column);
    }

    long number(int column) throws SQLException {
      return rows.getLong(column);
    }

    public Optional<Long> optionalNumber(String column) throws SQLException {
      long value = rows.getLong(column);
      return rows.wasNull() ? Optional.empty() : Optional.of(value);
    }

    public Optional<Integer> optionalInteger(String column) throws SQLException {
      int value = rows.getInt(column);
      return rows.wasNull() ? Optional.empty() : Optional.of(value);
    }

    public double decimal(String column) throws SQLException {
      return rows.getDouble(column);
    }

    public float real(String column) throws SQLException {
      return rows.getFloat(column);
    }

    public boolean flag(String column) throws SQLException {
      return rows.getBoolean(column);
    }
  }
}
