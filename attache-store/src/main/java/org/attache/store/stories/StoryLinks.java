package org.attache.store.stories;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.attache.store.merge.TextSketch;
import org.attache.store.query.Sql;

/**
 * The stored documents that tell the same story as a document, by either of two links:
 *
 * <ul>
 *   <li><b>Text</b>: the two texts' MinHash sketches ({@link TextSketch}) estimate a Jaccard
 *       similarity of their four-word shingles of at least {@value #SAME_TEXT_PERCENT}%, or that at
 *       least {@value #CONTAINED_PERCENT}% of the shorter is in the longer; unless both report news
 *       events (meetings, agreements, establishments) and none of them is the same: two releases
 *       written from one template about two different meetings are two stories. Candidates come
 *       from the index of the sketches' bands, so a lookup reads a few rows.
 *   <li><b>Events</b>: the store's event merge made the two documents report the same news events:
 *       the events they share are at least half of those the two report together (a Jaccard
 *       similarity of 0.5), so that a digest of a week's meetings does not join every story it
 *       mentions.
 * </ul>
 *
 * <p>The thresholds were chosen on data: {@code attache-bench/story-threshold.sh} measures the
 * grouping on the development documents, near-copies of them and generated communiqués.
 */
final class StoryLinks {
  /** The least estimated Jaccard similarity of two texts of one story, in percent. */
  static final int SAME_TEXT_PERCENT = 30;

  /** The least estimated share of the shorter text in the longer, in percent. */
  static final int CONTAINED_PERCENT = 80;

  /** The least Jaccard similarity of the news events two documents report, in percent. */
  static final int SAME_EVENTS_PERCENT = 50;

  private static final String NEWS_EVENTS = "('meeting', 'agreement', 'establishment')";

  private StoryLinks() {}

  /** A document's sketch as stored, with the keys of its bands. */
  private record Stored(TextSketch sketch, long[] bands) {}

  /** Whether two sketches are of one story by their text. */
  static boolean sameText(TextSketch a, TextSketch b) {
    return 100 * a.similarity(b) >= SAME_TEXT_PERCENT
        || 100 * a.containment(b) >= CONTAINED_PERCENT;
  }

  /** The other documents linked to a document, by id. */
  static Set<String> of(Sql.Statements sql, String documentId) throws SQLException {
    Set<String> linked = new TreeSet<>();
    Set<Long> events = newsEvents(sql, documentId);
    byText(sql, documentId, events, linked);
    byEvents(sql, documentId, linked);
    linked.remove(documentId);
    return linked;
  }

  /** The news events a document reports. */
  private static Set<Long> newsEvents(Sql.Statements sql, String documentId) throws SQLException {
    return new TreeSet<>(
        sql.ids(
            "SELECT DISTINCT s.event_id FROM event_source s JOIN event e ON e.id = s.event_id"
                + " WHERE s.document_id = ? AND e.type IN "
                + NEWS_EVENTS,
            documentId));
  }

  private static void byText(
      Sql.Statements sql, String documentId, Set<Long> events, Set<String> linked)
      throws SQLException {
    Optional<Stored> mine =
        sql.one(
            "SELECT shingles, minhash, bands FROM document_sketch WHERE document_id = ?",
            row ->
                new Stored(
                    TextSketch.stored(row.integer("shingles"), row.numbers("minhash")),
                    row.numbers("bands")),
            documentId);
    if (mine.isEmpty() || mine.get().bands().length == 0) {
      return;
    }
    TextSketch sketch = mine.get().sketch();
    long[] bands = mine.get().bands();
    Long[] boxed = new Long[bands.length];
    for (int i = 0; i < bands.length; i++) {
      boxed[i] = bands[i];
    }
    Set<String> similar = new TreeSet<>();
    sql.forEach(
        "SELECT document_id, shingles, minhash FROM document_sketch"
            + " WHERE bands && ? AND document_id <> ?",
        row -> {
          if (sameText(
              sketch, TextSketch.stored(row.integer("shingles"), row.numbers("minhash")))) {
            similar.add(row.text("document_id"));
          }
        },
        boxed,
        documentId);
    if (similar.isEmpty()) {
      return;
    }
    if (events.isEmpty()) {
      linked.addAll(similar);
      return;
    }
    // One statement for all of them, not one per document: a template that many releases share
    // makes many texts similar, and their number grows with the store.
    Set<String> apart = new TreeSet<>();
    sql.forEach(
        "SELECT s.document_id, bool_or(s.event_id = ANY (?)) AS shares"
            + " FROM event_source s JOIN event e ON e.id = s.event_id"
            + " WHERE s.document_id = ANY (?) AND e.type IN "
            + NEWS_EVENTS
            + " GROUP BY s.document_id",
        row -> {
          if (!row.flag("shares")) {
            apart.add(row.text("document_id"));
          }
        },
        events.toArray(Long[]::new),
        similar.toArray(String[]::new));
    similar.removeAll(apart);
    linked.addAll(similar);
  }

  private static void byEvents(Sql.Statements sql, String documentId, Set<String> linked)
      throws SQLException {
    sql.forEach(
        "WITH mine AS (SELECT DISTINCT s.event_id FROM event_source s JOIN event e"
            + " ON e.id = s.event_id WHERE s.document_id = ? AND e.type IN "
            + NEWS_EVENTS
            + "),"
            + " shared AS (SELECT s.document_id, count(DISTINCT s.event_id) AS shared"
            + " FROM event_source s WHERE s.event_id IN (SELECT event_id FROM mine)"
            + " AND s.document_id <> ? GROUP BY s.document_id)"
            + " SELECT x.document_id, x.shared, (SELECT count(*) FROM mine) AS mine,"
            + " (SELECT count(DISTINCT s.event_id) FROM event_source s JOIN event e"
            + " ON e.id = s.event_id WHERE s.document_id = x.document_id"
            + " AND e.type IN "
            + NEWS_EVENTS
            + ") AS theirs FROM shared x",
        row -> {
          long shared = row.number("shared");
          long together = row.number("mine") + row.number("theirs") - shared;
          if (together > 0 && 100 * shared >= SAME_EVENTS_PERCENT * together) {
            linked.add(row.text("document_id"));
          }
        },
        documentId,
        documentId);
  }
}
