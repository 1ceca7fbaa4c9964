package org.attache.store.sources;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.attache.store.Database;
import org.attache.store.ingest.WithDocument;
import org.attache.store.query.Sql;

/**
 * The items each source has listed and what became of them. An item is written in the transaction
 * that stores its document ({@link #stored}), so a poll killed at any point and run again neither
 * loses an item nor fetches one it stored.
 */
public final class SourceItems {
  /** Attempts after which an item that failed for a passing reason is given up. */
  public static final int ATTEMPTS = 3;

  private final Sql sql;

  public SourceItems(Database database) {
    this.sql = new Sql(requireNonNull(database, "database is null"));
  }

  /**
   * Which of the keys need no fetching: items stored, items that failed for good, and items that
   * failed {@value #ATTEMPTS} times for a reason that might have passed.
   */
  public Set<String> done(long sourceId, Collection<String> keys) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        sql.list(
            "SELECT item_key FROM source_item WHERE source_id = ? AND item_key = ANY (?)"
                + " AND NOT (retry AND attempts < ?)",
            row -> row.text("item_key"),
            sourceId,
            keys.toArray(String[]::new),
            ATTEMPTS));
  }

  /** What marks an item as stored, written in the transaction of its document. */
  public static WithDocument stored(long sourceId, String key, String url) {
    requireNonNull(key, "key is null");
    requireNonNull(url, "url is null");
    return (statements, documentId) ->
        statements.update(
            "INSERT INTO source_item (source_id, item_key, url, document_id)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (source_id, item_key) DO UPDATE SET"
                + " url = EXCLUDED.url, document_id = EXCLUDED.document_id, error = NULL,"
                + " retry = false, attempts = source_item.attempts + 1, seen_at = now()",
            sourceId,
            key,
            url,
            documentId);
  }

  /** Marks an item whose document is stored already (under another item, or by hand). */
  public void storedBefore(long sourceId, String key, String url, String documentId) {
    sql.transaction(
        "mark the item " + url,
        s -> {
          stored(sourceId, key, url).write(s, documentId);
          return null;
        });
  }

  /**
   * Marks an item that gave no document, with why.
   *
   * @param retry whether the reason may pass (a time-out, a server error), so that later polls try
   *     again, up to {@value #ATTEMPTS} attempts
   */
  public void failed(long sourceId, String key, String url, String error, boolean retry) {
    sql.update(
        "INSERT INTO source_item (source_id, item_key, url, error, retry)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (source_id, item_key) DO UPDATE SET"
            + " error = EXCLUDED.error, retry = EXCLUDED.retry,"
            + " attempts = source_item.attempts + 1, seen_at = now()"
            + " WHERE source_item.document_id IS NULL",
        sourceId,
        key,
        url,
        error,
        retry);
  }
}
