package org.attache.store.curation;

import java.sql.SQLException;
import java.util.Optional;
import org.attache.store.query.Sql;

/**
 * Where merges and splits send an actor key: the person or organisation that a document's actor is
 * stored as, when an editor merged it into another or split it off. Followed by ingestion, so that
 * a re-extraction or a new document keeps to what the editor decided.
 */
public final class Redirects {
  /** How many merges of merges are followed; more would be a loop. */
  private static final int HOPS = 16;

  private Redirects() {}

  /** Whether the store has any redirect at all: one query a document, saved when it has none. */
  public static boolean any(Sql.Statements sql) throws SQLException {
    return sql.one("SELECT EXISTS (SELECT 1 FROM actor_redirect) AS any", r -> r.flag("any"))
        .orElse(false);
  }

  /**
   * The id that an actor key of a document is stored as, when a merge or split redirects it.
   *
   * @param kind person or organisation
   * @param key the actor's key, as merging computes it
   */
  public static Optional<Long> resolve(
      Sql.Statements sql, String kind, String key, String documentId) throws SQLException {
    Optional<Long> to = Optional.empty();
    String from = key;
    for (int hop = 0; hop < HOPS; hop++) {
      Optional<Long> next =
          sql.firstId(
              "SELECT to_id FROM actor_redirect WHERE kind = ? AND from_key = ?"
                  + " AND (document_id IS NULL OR document_id = ?)"
                  + " ORDER BY document_id IS NULL, id DESC LIMIT 1",
              kind,
              from,
              documentId);
      if (next.isEmpty()) {
        break;
      }
      to = next;
      Optional<String> nextKey =
          sql.one(
              "SELECT key FROM " + table(kind) + " WHERE id = ?", r -> r.text("key"), next.get());
      if (nextKey.isEmpty()) {
        break;
      }
      from = nextKey.get();
    }
    return to;
  }

  static void add(
      Sql.Statements sql,
      long actId,
      String kind,
      String fromKey,
      Optional<String> documentId,
      long toId)
      throws SQLException {
    sql.update(
        "INSERT INTO actor_redirect (act_id, kind, from_key, document_id, to_id)"
            + " VALUES (?, ?, ?, ?, ?)",
        actId,
        kind,
        fromKey,
        documentId.orElse(null),
        toId);
  }

  static void remove(Sql.Statements sql, long actId) throws SQLException {
    sql.update("DELETE FROM actor_redirect WHERE act_id = ?", actId);
  }

  private static String table(String kind) {
    return kind.equals("person") ? "person" : "organisation";
  }
}
