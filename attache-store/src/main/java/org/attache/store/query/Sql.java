package org.attache.store.query;

import static java.util.Objects.requireNonNull;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.attache.store.Database;
import org.attache.store.StoreException;

/**
 * The store's one way to run SQL: each statement's parameters bound in order, each row mapped to a
 * record through a {@link RowMapper}. A statement alone runs on a pooled connection of its own
 * (connections are kept open between statements, since opening one costs more than most queries);
 * statements that must succeed together run in a {@linkplain #transaction transaction}, or on a
 * connection their caller holds through {@link #on(Connection)}.
 *
 * <p>Parameters: a {@code Long[]} becomes a bigint array, an {@code Integer[]} an integer array, a
 * {@code String[]} a text array, anything else (null too) is bound as it is.
 */
public final class Sql {
  private static final int IDLE = 16;

  private final Database database;
  private final boolean pooled;
  private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(IDLE);

  /** Statements on the database, keeping up to 16 connections open between them. */
  public Sql(Database database) {
    this(database, true);
  }

  private Sql(Database database, boolean pooled) {
    this.database = requireNonNull(database, "database is null");
    this.pooled = pooled;
  }

  /**
   * Statements on the database, each on a connection opened for it and closed after: for what runs
   * seldom (signing in, a review decision) and should hold no connection between.
   */
  public static Sql unpooled(Database database) {
    return new Sql(database, false);
  }

  /** Makes one value of a row. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(Row row) throws SQLException;
  }

  /** Takes in one row, for results gathered into something other than a list. */
  @FunctionalInterface
  public interface RowReader {
    void read(Row row) throws SQLException;
  }

  /** Work of several statements that succeed or fail together. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Statements statements) throws SQLException;
  }

  private Connection borrow() {
    Connection c = idle.poll();
    return c != null ? c : database.connect();
  }

  private void giveBack(Connection c, boolean healthy) {
    try {
      if (!healthy || !pooled || !c.getAutoCommit() || !idle.offer(c)) {
        c.close();
      }
    } catch (SQLException e) {
      // A connection that cannot say its state or close is dropped.
    }
  }

  private <T> T alone(Work<T> work) {
    Connection c = borrow();
    boolean healthy = false;
    try {
      T result = work.run(new Statements(c));
      healthy = true;
      return result;
    } catch (SQLException e) {
      throw new StoreException("Query failed: " + e.getMessage(), e);
    } finally {
      giveBack(c, healthy);
    }
  }

  /** Every row of a query as a value. */
  public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
    return alone(s -> s.list(sql, mapper, parameters));
  }

  /** The first row of a query as a value, if any. */
  public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... parameters) {
    return alone(s -> s.one(sql, mapper, parameters));
  }

  /** The single number a query gives. */
  public long count(String sql, Object... parameters) {
    return alone(s -> s.count(sql, parameters));
  }

  /** The ids a query gives in its first column. */
  public List<Long> ids(String sql, Object... parameters) {
    return alone(s -> s.ids(sql, parameters));
  }

  /** Runs a statement that changes the store; the number of rows it changed. */
  public int update(String sql, Object... parameters) {
    return alone(s -> s.update(sql, parameters));
  }

  /**
   * Runs work in one transaction: committed when it returns, rolled back when it throws.
   *
   * @param what what the work does, for the message of a failure: "confirm assertion 12"
   * @throws StoreException naming {@code what} when the database refuses a statement
   */
  public <T> T transaction(String what, Work<T> work) {
    return inTransaction(what, false, work);
  }

  /**
   * Runs reads in one repeatable-read, read-only transaction, so that what they read agrees.
   *
   * @param what what the reads are, for the message of a failure
   * @throws StoreException naming {@code what} when the store cannot be read
   */
  public <T> T snapshot(String what, Work<T> work) {
    return inTransaction(what, true, work);
  }

  private <T> T inTransaction(String what, boolean readOnly, Work<T> work) {
    // A connection of its own, closed afterwards: the pool keeps only auto-commit connections.
    try (Connection c = database.connect()) {
      if (readOnly) {
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      }
      c.setAutoCommit(false);
      c.setReadOnly(readOnly);
      try {
        T result = work.run(new Statements(c));
        if (readOnly) {
          c.rollback();
        } else {
          c.commit();
        }
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot " + what + ": " + e.getMessage(), e);
    }
  }

  /** Statements on a connection that the caller holds, in whatever transaction it has open. */
  public static Statements on(Connection connection) {
    return new Statements(requireNonNull(connection, "connection is null"));
  }

  /**
   * Statements on one connection. Its methods throw {@link SQLException}, so that the work they
   * belong to decides what a failure means (roll back, try again).
   */
  public static final class Statements {
    private final Connection connection;

    private Statements(Connection connection) {
      this.connection = connection;
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
      PreparedStatement statement = connection.prepareStatement(sql);
      try {
        bind(statement, parameters);
        return statement;
      } catch (SQLException | RuntimeException e) {
        statement.close();
        throw e;
      }
    }

    private void bind(PreparedStatement statement, Object... parameters) throws SQLException {
      for (int i = 0; i < parameters.length; i++) {
        Object p = parameters[i];
        if (p instanceof Long[] numbers) {
          statement.setArray(i + 1, connection.createArrayOf("bigint", numbers));
        } else if (p instanceof Integer[] numbers) {
          statement.setArray(i + 1, connection.createArrayOf("integer", numbers));
        } else if (p instanceof String[] texts) {
          statement.setArray(i + 1, connection.createArrayOf("text", texts));
        } else {
          statement.setObject(i + 1, p);
        }
      }
    }

    /** Reads every row of a query. */
    public void forEach(String sql, RowReader reader, Object... parameters) throws SQLException {
      try (PreparedStatement select = prepare(sql, parameters);
          ResultSet rows = select.executeQuery()) {
        Row row = new Row(rows);
        while (rows.next()) {
          reader.read(row);
        }
      }
    }

    /** Every row of a query as a value. */
    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters)
        throws SQLException {
      List<T> result = new ArrayList<>();
      forEach(sql, row -> result.add(mapper.map(row)), parameters);
      return result;
    }

    /** The first row of a query as a value, if any. */
    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... parameters)
        throws SQLException {
      List<T> rows = list(sql, mapper, parameters);
      return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * Every row of a query as a value, in lists by the number in the {@code key} column, each list
     * in the query's order.
     */
    public <T> Map<Long, List<T>> grouped(
        String sql, String key, RowMapper<T> mapper, Object... parameters) throws SQLException {
      Map<Long, List<T>> groups = new HashMap<>();
      forEach(
          sql,
          row ->
              groups.computeIfAbsent(row.number(key), k -> new ArrayList<>()).add(mapper.map(row)),
          parameters);
      return groups;
    }

    /** The single number a query gives. */
    public long count(String sql, Object... parameters) throws SQLException {
      return list(sql, row -> row.number(1), parameters).get(0);
    }

    /** The ids a query gives in its first column. */
    public List<Long> ids(String sql, Object... parameters) throws SQLException {
      return list(sql, row -> row.number(1), parameters);
    }

    /**
     * The number in the first column of the first row, if any: the id an {@code INSERT ...
     * RETURNING id} gives, or none when its {@code ON CONFLICT DO NOTHING} inserted nothing.
     */
    public Optional<Long> firstId(String sql, Object... parameters) throws SQLException {
      return one(sql, row -> row.number(1), parameters);
    }

    /** Runs a statement once for each row of parameters, sent as one batch. */
    public void batch(String sql, List<Object[]> rows) throws SQLException {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (Object[] row : rows) {
          bind(statement, row);
          statement.addBatch();
        }
        statement.executeBatch();
      }
    }

    /** Runs a statement that changes the store; the number of rows it changed. */
    public int update(String sql, Object... parameters) throws SQLException {
      try (PreparedStatement statement = prepare(sql, parameters)) {
        return statement.executeUpdate();
      }
    }

    /** Runs a statement for its effect alone: a lock taken by a function, say. */
    public void execute(String sql, Object... parameters) throws SQLException {
      try (PreparedStatement statement = prepare(sql, parameters)) {
        statement.execute();
      }
    }
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

    /** A bigint array column that is never null. */
    public long[] numbers(String column) throws SQLException {
      Array array = rows.getArray(column);
      if (array == null) {
        throw new SQLException(column + " is null");
      }
      Object[] values = (Object[]) array.getArray();
      long[] result = new long[values.length];
      for (int i = 0; i < values.length; i++) {
        result[i] = ((Number) values[i]).longValue();
      }
      return result;
    }

    public int integer(String column) throws SQLException {
      return rows.getInt(column);
    }

    public Optional<Instant> optionalInstant(String column) throws SQLException {
      return Optional.ofNullable(rows.getTimestamp(column)).map(Timestamp::toInstant);
    }

    public Instant instant(String column) throws SQLException {
      return optionalInstant(column).orElseThrow(() -> new SQLException(column + " is null"));
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
