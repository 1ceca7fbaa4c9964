package org.attache.store.query.overview;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attache.store.query.Sql;

/** The counts of what the store holds and the joint plans' items coming up, for the start page. */
public final class Overview {
  private final Sql sql;

  public Overview(Sql sql) {
    this.sql = requireNonNull(sql, "sql is null");
  }

  /**
   * Every count, read in one statement, the events from what the store keeps counted
   * (live_event_count). A document not grouped yet counts as a story of its own. The fields to
   * review are those the review queue holds (review_document sums them up by document), so that the
   * start page and the queue agree.
   */
  public Counts counts() {
    return sql.one(
            // The documents are counted once, by their smallest index; a document not grouped
            // yet is one that story_document does not hold.
            "WITH d AS (SELECT count(*) AS documents,"
                + " count(*) FILTER (WHERE NOT diplomatic) AS not_diplomatic FROM document)"
                + " SELECT d.documents, (SELECT count(DISTINCT story_id) FROM story_document)"
                + " + d.documents - (SELECT count(*) FROM story_document) AS stories,"
                + " d.not_diplomatic,"
                + " (SELECT coalesce(sum(events), 0) FROM live_event_count"
                + " WHERE type = 'meeting') AS meetings,"
                + " (SELECT coalesce(sum(events), 0) FROM live_event_count"
                + " WHERE type = 'statement') AS statements,"
                + " (SELECT coalesce(sum(events), 0) FROM live_event_count"
                + " WHERE type = 'agreement') AS agreements,"
                + " (SELECT coalesce(sum(events), 0) FROM live_event_count"
                + " WHERE type = 'plan') AS plans,"
                + " (SELECT count(*) FROM person) AS people,"
                + " (SELECT coalesce(sum(fields), 0) FROM review_document) AS unreviewed"
                + " FROM d",
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

  /**
   * The items of joint plans whose planned date or period meets the days from {@code today} to
   * {@code days} days after it, soonest first, that are neither held nor cancelled and whose plan
   * is not cancelled.
   */
  public List<ComingItem> comingUp(LocalDate today, int days, int limit) {
    requireNonNull(today, "today is null");
    if (days < 0 || limit < 1) {
      throw new IllegalArgumentException(
          "days must be at least 0 and limit at least 1: " + days + ", " + limit);
    }
    return sql.list(
        "SELECT i.id, i.plan_id, p.title AS plan_title, i.title, i.planned_from, i.planned_to,"
            + " i.place, i.status"
            + " FROM coord_item i JOIN coord_plan p ON p.id = i.plan_id"
            + " WHERE NOT p.cancelled AND i.status NOT IN ('held', 'cancelled')"
            + " AND iso_date_first(i.planned_from) <= CAST(? AS date) + CAST(? AS integer)"
            + " AND iso_date_last(coalesce(i.planned_to, i.planned_from)) >= CAST(? AS date)"
            + " ORDER BY iso_date_first(i.planned_from), i.plan_id, i.position LIMIT ?",
        row -> {
          String from = row.text("planned_from");
          Optional<String> to = row.optionalText("planned_to").filter(t -> !t.equals(from));
          return new ComingItem(
              row.number("id"),
              row.number("plan_id"),
              row.text("plan_title"),
              row.text("title"),
              from,
              to,
              row.optionalText("place"),
              row.text("status"));
        },
        today.toString(),
        days,
        today.toString(),
        limit);
  }
}
