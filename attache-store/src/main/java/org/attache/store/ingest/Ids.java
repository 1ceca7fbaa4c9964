package org.attache.store.ingest;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.attache.store.query.Sql;

/** Finds and makes the ids of stored rows over one connection: upserts by key, selects of ids. */
final class Ids {
  private final Sql.Statements sql;

  Ids(Sql.Statements sql) {
    this.sql = sql;
  }

  /** The id of the row of a key: inserted when new, else the one stored. */
  long upsertKey(String table, String insertSql, String key) throws SQLException {
    Optional<Long> id = sql.firstId(insertSql + " ON CONFLICT (key) DO NOTHING RETURNING id", key);
    return id.isPresent() ? id.get() : selectId("SELECT id FROM " + table + " WHERE key = ?", key);
  }

  /**
   * The id of a row that an insert makes when it is new ({@code ON CONFLICT DO NOTHING RETURNING
   * id}), else the one a select finds; both take the same parameters.
   */
  long upsert(String insertSql, String selectSql, Object... parameters) throws SQLException {
    Optional<Long> id = sql.firstId(insertSql, parameters);
    return id.isPresent() ? id.get() : selectId(selectSql, parameters);
  }

  /** The id a query gives, which must give one. */
  long selectId(String query, Object... parameters) throws SQLException {
    return sql.firstId(query, parameters)
        .orElseThrow(
            () ->
                new IllegalStateException("No row for " + query + " with " + List.of(parameters)));
  }
}
