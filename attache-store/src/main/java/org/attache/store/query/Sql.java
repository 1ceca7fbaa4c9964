package org.attache.store.query;

import static java.util.Objects.requireNonNull;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.attache.store.Database;
import org.attache.store.StoreException;

/** Runs read-only queries and gives their rows as column-name maps, ready for JSON. */
public final class Sql {
  /** Connections kept open between queries: opening one costs more than most queries. */
  private static final int IDLE = 16;

  private final Database database;
  private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(IDLE);

  public Sql(Database database) {
    this.database = requireNonNull(database, "database is null");
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

  /** Every row of a query; parameters are bound in order (a {@code long[]} becomes an array). */
  public List<Map<String, Object>> rows(String sql, Object... parameters) {
    Connection c = borrow();
    boolean healthy = false;
    try (PreparedStatement select = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        Object p = parameters[i];
        if (p instanceof Long[] ids) {
          Array array = c.createArrayOf("bigint", ids);
          select.setArray(i + 1, array);
        } else if (p instanceof String[] texts) {
          select.setArray(i + 1, c.createArrayOf("text", texts));
        } else {
          select.setObject(i + 1, p);
        }
      }
      List<Map<String, Object>> result = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        ResultSetMetaData meta = rows.getMetaData();
        while (rows.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rows.getObject(i);
            if (value instanceof Timestamp t) {
              value = t.toInstant().toString();
            }
            row.put(meta.getColumnLabel(i), value);
          }
          result.add(row);
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

  /** The first row of a query, if any. */
  public Optional<Map<String, Object>> row(String sql, Object... parameters) {
    List<Map<String, Object>> rows = rows(sql, parameters);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** The single number a query gives. */
  public long count(String sql, Object... parameters) {
    return ((Number) rows(sql, parameters).get(0).values().iterator().next()).longValue();
  }
}
