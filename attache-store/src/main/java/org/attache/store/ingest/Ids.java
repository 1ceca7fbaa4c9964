package org.attache.store.ingest;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Finds and makes the ids of stored rows over one connection: upserts by key, selects of ids. */
final class Ids {
  private final Connection connection;

  Ids(Connection connection) {
    this.connection = connection;
  }

  /** The id of the row of a key: inserted when new, else the one stored. */
  long upsertKey(String table, String insertSql, String key) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(insertSql + " ON CONFLICT (key) DO NOTHING RETURNING id")) {
      insert.setString(1, key);
      Optional<Long> id = firstLong(insert);
      if (id.isPresent()) {
        return id.get();
      }
    }
    return selectId("SELECT id FROM " + table + " WHERE key = ?", key);
  }

  /** The id of an event's child row (an actor link, an area): inserted when new, else selected. */
  long upsertChild(String insertSql, String selectSql, long eventId, String value)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
      insert.setLong(1, eventId);
      insert.setString(2, value);
      Optional<Long> id = firstLong(insert);
      if (id.isPresent()) {
        return id.get();
      }
    }
    return selectId(selectSql, eventId, value);
  }

  /** The id a query gives, which must give one. */
  long selectId(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      return firstLong(select)
          .orElseThrow(
              () ->
                  new IllegalStateException("No row for " + sql + " with " + List.of(parameters)));
    }
  }

  static Optional<Long> firstLong(PreparedStatement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery()) {
      return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
    }
  }

  static void setLong(PreparedStatement statement, int index, Optional<Long> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setLong(index, value.get());
    } else {
      statement.setNull(index, Types.BIGINT);
    }
  }

  static Array longs(Connection connection, Collection<Long> values) throws SQLException {
    return connection.createArrayOf("bigint", values.toArray());
  }
}
