package org.attache.store.query;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agreements registry and the plans tracker. Statuses are derived, never stored: an agreement's
 * from its dates and reports; a plan item is done when it has an actual date or a meeting of the
 * plan's parties was held in its planned period, overdue when that period has passed without one,
 * pending otherwise.
 */
public final class Registry {
  private final Sql sql;
  private final Events events;

  public Registry(Sql sql, Events events) {
    this.sql = requireNonNull(sql, "sql is null");
    this.events = requireNonNull(events, "events is null");
  }

  /** Agreements, latest signed first: all of them, or those with these ids. */
  public List<Map<String, Object>> agreements(Optional<List<Long>> only) {
    if (only.isPresent() && only.get().isEmpty()) {
      return List.of();
    }
    List<Map<String, Object>> rows =
        sql.rows(
            "SELECT a.id, a.signed, a.instrument, a.title, a.in_force_from, a.expires,"
                + " s.status, a.sources FROM agreement_view a JOIN agreement_status s USING (id)"
                + (only.isPresent() ? " WHERE a.id = ANY(?)" : "")
                + " ORDER BY a.signed DESC NULLS LAST, a.id",
            only.map(ids -> new Object[] {ids.toArray(Long[]::new)}).orElse(new Object[0]));
    return withParties(rows);
  }

  /** Plans with their derived status and their items, latest first. */
  public List<Map<String, Object>> plans(Optional<List<Long>> only) {
    if (only.isPresent() && only.get().isEmpty()) {
      return List.of();
    }
    List<Map<String, Object>> plans =
        withParties(
            sql.rows(
                "SELECT p.id, p.title, p.period_from, p.period_to, p.reported_status,"
                    + " s.status, p.sources FROM plan_view p JOIN plan_status s USING (id)"
                    + (only.isPresent() ? " WHERE p.id = ANY(?)" : "")
                    + " ORDER BY p.period_from DESC NULLS LAST, p.id",
                only.map(ids -> new Object[] {ids.toArray(Long[]::new)}).orElse(new Object[0])));
    Map<Long, List<Map<String, Object>>> items = new LinkedHashMap<>();
    for (Map<String, Object> plan : plans) {
      List<Map<String, Object>> list = new ArrayList<>();
      items.put(((Number) plan.get("id")).longValue(), list);
      plan.put("items", list);
    }
    if (!items.isEmpty()) {
      for (Map<String, Object> item :
          sql.rows(
              "SELECT i.id, i.plan_id, i.title, i.planned, i.actual, held.id AS held_by,"
                  + " held.date AS held_on,"
                  + " CASE WHEN i.actual IS NOT NULL OR held.id IS NOT NULL THEN 'done'"
                  + " WHEN iso_date_last(i.planned) < current_date THEN 'overdue'"
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
              (Object) items.keySet().toArray(Long[]::new))) {
        items.get(((Number) item.get("plan_id")).longValue()).add(item);
      }
    }
    return plans;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> withParties(List<Map<String, Object>> rows) {
    List<Long> ids = rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
    Map<Long, Map<String, Object>> details = new LinkedHashMap<>();
    for (Map<String, Object> event : events.details(ids)) {
      details.put(((Number) event.get("id")).longValue(), event);
    }
    List<Map<String, Object>> result = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Map<String, Object> copy = new LinkedHashMap<>(row);
      Map<String, Object> event = details.get(((Number) row.get("id")).longValue());
      copy.put("parties", event == null ? List.of() : (List<Object>) event.get("parties"));
      copy.put("areas", event == null ? List.of() : (List<Object>) event.get("areas"));
      result.add(copy);
    }
    return result;
  }
}
