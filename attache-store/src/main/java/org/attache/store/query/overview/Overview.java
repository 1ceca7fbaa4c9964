package org.attache.store.query.overview;

import static java.util.Objects.requireNonNull;

import org.attache.store.query.Sql;

/** The counts of what the store holds, for the start page. */
public final class Overview {
  private final Sql sql;

  public Overview(Sql sql) {
    this.sql = requireNonNull(sql, "sql is null");
  }

  /**
   * Every count, read in one statement. A document not grouped yet counts as a story of its own.
   * The fields to review are those the review queue holds (review_document sums them up by
   * document), so that the start page and the queue agree.
   */
  public Counts counts() {
    return sql.one(
            "SELECT (SELECT count(*) FROM document) AS documents,"
                + " (SELECT count(DISTINCT story_id) FROM story_document)"
                + " + (SELECT count(*) FROM document d WHERE NOT EXISTS"
                + " (SELECT 1 FROM story_document s WHERE s.document_id = d.id)) AS stories,"
                + " (SELECT count(*) FROM document WHERE NOT diplomatic) AS not_diplomatic,"
                + " count(*) FILTER (WHERE e.type = 'meeting') AS meetings,"
                + " count(*) FILTER (WHERE e.type = 'statement') AS statements,"
                + " count(*) FILTER (WHERE e.type = 'agreement') AS agreements,"
                + " count(*) FILTER (WHERE e.type = 'plan') AS plans,"
                + " (SELECT count(*) FROM person) AS people,"
                + " (SELECT coalesce(sum(fields), 0) FROM review_document) AS unreviewed"
                + " FROM event_date e",
            row ->
                new Counts(
                    row.number("documents"),
                    row.number("stories"),
                    row.number("not_diplomatic"),
                    row.number("meetings"),
                    row.number("statements"),
                    row.number("agreements"),
                    row.number("plans"),
                    row.number("people"),
                    row.number("unreviewed")))
        .orElseThrow();
  }
}
