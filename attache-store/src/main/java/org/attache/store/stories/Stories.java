package org.attache.store.stories;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.attache.store.Database;
import org.attache.store.query.Sql;

/**
 * Groups documents into stories: a document joins the stories of the documents it is linked to
 * ({@link StoryLinks}: near-copies of its text, or reports of the same events), and when it links
 * several stories they become one, under the smallest number; a document linked to none starts a
 * story. Grouping is incremental and idempotent: each document is grouped once, in its own
 * transaction, after it is stored; {@link #groupPending} groups whatever a crash or an older
 * version left ungrouped. Groupings are serialised by an advisory lock, so that two writers never
 * give one story two numbers.
 */
public final class Stories {
  /** The advisory lock that serialises grouping ("Story" in ASCII). */
  static final long GROUP_LOCK = 0x53746f7279L;

  private final Sql sql;

  public Stories(Sql sql) {
    this.sql = requireNonNull(sql, "sql is null");
  }

  public Stories(Database database) {
    this(new Sql(requireNonNull(database, "database is null")));
  }

  /**
   * Groups a stored document, if it is not grouped yet.
   *
   * @return the number of its story
   */
  public long group(String documentId) {
    return sql.transaction(
        "group document " + documentId + " into a story", s -> group(s, documentId));
  }

  private static long group(Sql.Statements sql, String documentId) throws SQLException {
    sql.execute("SELECT pg_advisory_xact_lock(?)", GROUP_LOCK);
    Optional<Long> grouped =
        sql.one(
            "SELECT story_id FROM story_document WHERE document_id = ?",
            row -> row.number("story_id"),
            documentId);
    if (grouped.isPresent()) {
      return grouped.get();
    }
    Set<String> linked = StoryLinks.of(sql, documentId);
    Set<Long> stories =
        new TreeSet<>(
            sql.ids(
                "SELECT DISTINCT story_id FROM story_document WHERE document_id = ANY (?)",
                (Object) linked.toArray(String[]::new)));
    long story =
        stories.isEmpty() ? sql.count("SELECT nextval('story_number')") : stories.iterator().next();
    if (stories.size() > 1) {
      sql.update(
          "UPDATE story_document SET story_id = ? WHERE story_id = ANY (?)",
          story,
          stories.toArray(Long[]::new));
    }
    sql.update(
        "INSERT INTO story_document (document_id, story_id) VALUES (?, ?)", documentId, story);
    return story;
  }

  /**
   * Groups every stored document not grouped yet, oldest first.
   *
   * @return how many were grouped
   */
  public int groupPending() {
    List<String> pending =
        sql.list(
            "SELECT d.id FROM document d WHERE NOT EXISTS"
                + " (SELECT 1 FROM story_document s WHERE s.document_id = d.id)"
                + " ORDER BY d.ingested_at, d.id",
            row -> row.text("id"));
    for (String id : pending) {
      group(id);
    }
    return pending.size();
  }

  /** The story a document tells, if it is grouped. */
  public Optional<Long> storyOf(String documentId) {
    return sql.one(
        "SELECT story_id FROM story_document WHERE document_id = ?",
        row -> row.number("story_id"),
        documentId);
  }

  /** The number of stories the store holds: each grouped story once, each ungrouped document. */
  public long count() {
    return sql.count(
        "SELECT (SELECT count(DISTINCT story_id) FROM story_document)"
            + " + (SELECT count(*) FROM document d WHERE NOT EXISTS"
            + " (SELECT 1 FROM story_document s WHERE s.document_id = d.id))");
  }

  /** A story with its documents and events, if there is one of that number. */
  public Optional<Story> find(long storyId) {
    return sql.snapshot(
        "read story " + storyId,
        s -> {
          List<StorySource> sources =
              s.list(
                  "SELECT d.id, d.title, d.published, d.url, d.source, min(src.publisher)"
                      + " AS publisher FROM story_document sd JOIN document d"
                      + " ON d.id = sd.document_id LEFT JOIN source_item i"
                      + " ON i.document_id = d.id LEFT JOIN source src ON src.id = i.source_id"
                      + " WHERE sd.story_id = ?"
                      + " GROUP BY d.id ORDER BY d.published NULLS LAST, d.ingested_at, d.id",
                  row ->
                      new StorySource(
                          row.text("id"),
                          row.optionalText("title"),
                          row.optionalText("published"),
                          row.optionalText("url"),
                          row.text("source"),
                          row.optionalText("publisher")),
                  storyId);
          if (sources.isEmpty()) {
            return Optional.<Story>empty();
          }
          List<StoryEvent> events =
              s.list(
                  "SELECT e.id, e.type, e.date, count(DISTINCT es.document_id) AS told"
                      + " FROM event_source es JOIN event_view e ON e.id = es.event_id"
                      + " WHERE es.document_id IN"
                      + " (SELECT document_id FROM story_document WHERE story_id = ?)"
                      + " GROUP BY e.id, e.type, e.date ORDER BY e.date NULLS LAST, e.id",
                  row ->
                      new StoryEvent(
                          row.number("id"),
                          row.text("type"),
                          row.optionalText("date"),
                          row.integer("told")),
                  storyId);
          return Optional.of(new Story(storyId, sources, events));
        });
  }

  /** The latest stories, newest first: their numbers and sizes. */
  public List<StorySummary> latest(int limit) {
    List<StorySummary> stories = new ArrayList<>();
    sql.list(
            "SELECT sd.story_id, count(*) AS documents, max(d.published) AS published,"
                + " (array_agg(d.title ORDER BY d.published NULLS LAST, d.id)"
                + " FILTER (WHERE d.title IS NOT NULL))[1] AS title"
                + " FROM story_document sd JOIN document d ON d.id = sd.document_id"
                + " GROUP BY sd.story_id ORDER BY max(d.ingested_at) DESC, sd.story_id DESC"
                + " LIMIT ?",
            row ->
                new StorySummary(
                    row.number("story_id"),
                    row.optionalText("title"),
                    row.optionalText("published"),
                    row.integer("documents")),
            limit)
        .forEach(stories::add);
    return stories;
  }
}
