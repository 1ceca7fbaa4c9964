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
   * Every count, read in one statement from what the store keeps counted: the live events of each
   * type (live_event_count), the fields the review queue holds (review_document sums them up by
   * document, so that the start page and the queue agree).
   */
  public Counts counts() {
    return sql.one(
            "SELECT (SELECT count(*) FROM document) AS documents,"
                + " (SELECT count(*) FROM document WHERE NOT diplomatic) AS not_diplomatic,"
                + " coalesce(sum(e.events) FILTER (WHERE e.type = 'meeting'), 0) AS meetings,"
                + " coalesce(sum(e.events) FILTER (WHERE e.type = 'statement'), 0) AS statements,"
                + " coalesce(sum(e.events) FILTER (WHERE e.type = 'agreement'), 0) AS agreements,"
                + " coalesce(sum(e.events) FILTER (WHERE e.type = 'plan'), 0) AS plans,"
                + " (SELECT count(*) FROM person) AS people,"
                + " (SELECT coalesce(sum(fields), 0) FROM review_document) AS unreviewed"
                + " FROM live_event_count e",
            row ->
                new Counts(
                    row.number("documents"),
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
