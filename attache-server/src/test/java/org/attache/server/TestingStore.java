package org.attache.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.attache.store.Database;

/** Questions tests ask the store directly. */
final class TestingStore {
  private TestingStore() {}

  /** The single number a query gives. */
  static long count(Database database, String sql, Object... parameters) {
    try (Connection c = database.connect();
        PreparedStatement select = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Query failed: " + sql + ": " + e.getMessage(), e);
    }
  }
}
