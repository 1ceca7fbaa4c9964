package org.attache.store.query.registry;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.store.query.Sql;
import org.attache.store.query.events.EventDetail;
import org.attache.store.query.events.Events;

/**
 * The agreements registry and the plans tracker. Statuses are derived, never stored: an agreement's
 * from its dates and reports; a plan's is the status last reported, implemented or cancelled as
 * reported, and "unreported" once its period has passed with no report of either: nothing says that
 * it was not carried out, only that no source says what came of it. A plan item is done when it has
 * an actual date or a meeting of the plan's parties was held in its planned period, unreported when
 * that period has passed without one, pending otherwise.
 */
public final class Registry {
  private final Sql sql;
  private final Events events;

  public Registry(Sql sql, Events events) {
    this.sql = requireNonNull(sql, "sql is null");
    this.events = requireNonNull(events, "events is null");
  }

  /** Agreements, latest signed first: all of them, or those with these ids. */
  public List<Agreement> agreements(Optional<List<Long>> only) {
    if (only.isPresent() && only.get().isEmpty()) {
      return List.of();
    }
    List<Agreement> rows =
        sql.list(
            "SELECT a.id, a.signed, a.instrument, a.title, a.in_force_from, a.expires,"
                + " s.status, a.sources FROM agreement_view a JOIN agreement_status s USING (id)"
                + (only.isPresent() ? " WHERE a.id = ANY(?)" : "")
                + " ORDER BY a.signed DESC NULLS LAST, a.id",
            row ->
                new Agreement(
                    row.number("id"),
                    row.optionalText("signed"),
                    row.optionalText("instrument"),
                    row.optionalText("title"),
                    row.optionalText("in_force_from"),
                    row.optionalText("expires"),
                    row.optionalText("status"),
                    row.number("sources"),
                    List.of(),
                    List.of(),
                    List.of()),
            ids(only));
    Map<Long, EventDetail> details = details(rows.stream().map(Agreement::id).toList());
    return rows.stream()
        .map(
            a -> {
              Optional<EventDetail> d = Optional.ofNullable(details.get(a.id()));
              return new Agreement(
                  a.id(),
                  a.signed(),
                  a.instrument(),
                  a.title(),
                  a.inForceFrom(),
                  a.expires(),
                  a.status(),
                  a.sources(),
                  d.map(EventDetail::parties).orElse(List.of()),
                  d.map(EventDetail::documents).orElse(List.of()),
                  d.map(EventDetail::areas).orElse(List.of()));
            })
        .toList();
  }

  /** Plans with their derived status and their items, latest first. */
  public List<Plan> plans(Optional<List<Long>> only) {
    if (only.isPresent() && only.get().isEmpty()) {
      return List.of();
    }
    List<Plan> rows =
        sql.list(
            "SELECT p.id, p.title, p.period_from, p.period_to, p.reported_status,"
                + " CASE WHEN p.reported_status IN ('implemented', 'cancelled')"
                + " THEN p.reported_status"
                + " WHEN iso_date_last(p.period_to) < current_date THEN 'unreported'"
                + " ELSE p.reported_status END AS status, p.sources FROM plan_view p"
                + (only.isPresent() ? " WHERE p.id = ANY(?)" : "")
                + " ORDER BY p.period_from DESC NULLS LAST, p.id",
            row ->
                new Plan(
                    row.number("id"),
                    row.optionalText("title"),
                    row.optionalText("period_from"),
                    row.optionalText("period_to"),
                    row.optionalText("reported_status"),
                    row.optionalText("status"),
                    row.number("sources"),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of()),
            ids(only));
    List<Long> ids = rows.stream().map(Plan::id).toList();
    Map<Long, EventDetail> details = details(ids);
    Map<Long, List<PlanItem>> items = new HashMap<>();
    if (!ids.isEmpty()) {
      sql.list(
              "SELECT i.id, i.plan_id, i.title, i.planned, i.actual, held.id AS held_by,"
                  + " held.date AS held_on,"
                  + " CASE WHEN i.actual IS NOT NULL OR held.id IS NOT NULL THEN 'done'"
                  + " WHEN iso_date_last(i.planned) < current_date THEN 'unreported'"
                  + " ELSE 'pending' END AS status"
                  + " FROM plan_item_view i LEFT JOIN LATERAL ("
                  + " SELECT e.id, e.date FROM event_date e WHERE e.type = 'meeting'"
                  + " AND i.planned IS NOT NULL AND e.date IS NOT NULL"
                  + " AND iso_date_first(e.date) >= iso_date_first(i.planned)"
                  + " AND iso_date_last(e.date) <= iso_date_last(i.planned)"
                  + " AND (SELECT count(*) FROM event_party m JOIN event_party p"
                  + " ON p.actor = m.actor AND p.event_id = i.plan_id AND p.link = 'party'"
                  + " WHERE m.event_id = e.id) >= least(2, (SELECT count(*) FROM event_party p"
                  + " WHERE p.event_id = i.plan_id AND p.link = 'party'))"
                  + " ORDER BY e.date, e.id LIMIT 1) held ON TRUE"
                  + " WHERE i.plan_id = ANY(?) ORDER BY i.planned NULLS LAST, i.id",
              row ->
                  new PlanItem(
                      row.number("id"),
                      row.number("plan_id"),
                      row.optionalText("title"),
                      row.optionalText("planned"),
                      row.optionalText("actual"),
                      row.optionalNumber("held_by"),
                      row.optionalText("held_on"),
                      row.text("status")),
              (Object) ids.toArray(Long[]::new))
          .forEach(i -> items.computeIfAbsent(i.planId(), k -> new ArrayList<>()).add(i));
    }
    return rows.stream()
        .map(
            p -> {
              Optional<EventDetail> d = Optional.ofNullable(details.get(p.id()));
              return new Plan(
                  p.id(),
                  p.title(),
                  p.periodFrom(),
                  p.periodTo(),
                  p.reportedStatus(),
                  p.status(),
                  p.sources(),
                  d.map(EventDetail::parties).orElse(List.of()),
                  d.map(EventDetail::documents).orElse(List.of()),
                  d.map(EventDetail::areas).orElse(List.of()),
                  items.getOrDefault(p.id(), List.of()));
            })
        .toList();
  }

  private static Object[] ids(Optional<List<Long>> only) {
    return only.map(ids -> new Object[] {ids.toArray(Long[]::new)}).orElse(new Object[0]);
  }

  private Map<Long, EventDetail> details(List<Long> ids) {
    Map<Long, EventDetail> details = new HashMap<>();
    events.details(ids).forEach(e -> details.put(e.id(), e));
    return details;
  }
}
