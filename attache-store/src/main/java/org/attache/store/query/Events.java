package org.attache.store.query;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Events as the API shows them: type, date, sources, every current field, the areas and the parties
 * with their names. Filters by type, actor, pair of actors, area and period, paged.
 */
public final class Events {
  /** The event types of the store. */
  public static final Set<String> TYPES =
      Set.of("meeting", "statement", "agreement", "plan", "priorities", "establishment");

  private final Sql sql;

  public Events(Sql sql) {
    this.sql = requireNonNull(sql, "sql is null");
  }

  /**
   * What to look for; every part is optional.
   *
   * @param actors actors that must all be parties (one for an actor, two for a pair)
   * @param from the first date (any precision) the event's date may fall on
   * @param to the last date (any precision)
   */
  public record Filter(
      Optional<String> type,
      List<String> actors,
      Optional<String> area,
      Optional<String> from,
      Optional<String> to) {
    public Filter {
      requireNonNull(type, "type is null");
      actors = List.copyOf(actors);
      requireNonNull(area, "area is null");
      requireNonNull(from, "from is null");
      requireNonNull(to, "to is null");
    }

    public static Filter all() {
      return new Filter(
          Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Filter withType(String value) {
      return new Filter(Optional.of(value), actors, area, from, to);
    }
  }

  /** One page of events matching a filter, latest first, and how many match in all. */
  public Map<String, Object> page(Filter filter, int limit, int offset) {
    List<Object> parameters = new ArrayList<>();
    String where = where(filter, parameters);
    long total =
        sql.count("SELECT count(*) FROM event_date e WHERE " + where, parameters.toArray());
    parameters.add(limit);
    parameters.add(offset);
    List<Long> ids =
        sql
            .rows(
                "SELECT e.id FROM event_date e WHERE "
                    + where
                    + " ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT ? OFFSET ?",
                parameters.toArray())
            .stream()
            .map(r -> ((Number) r.get("id")).longValue())
            .toList();
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("total", total);
    page.put("limit", limit);
    page.put("offset", offset);
    page.put("items", details(ids));
    return page;
  }

  /** The id, type and date of every event matching a filter, oldest first. */
  public List<Map<String, Object>> summaries(Filter filter) {
    List<Object> parameters = new ArrayList<>();
    String where = where(filter, parameters);
    return sql.rows(
        "SELECT e.id, e.type, e.date FROM event_date e WHERE "
            + where
            + " ORDER BY e.date NULLS LAST, e.id",
        parameters.toArray());
  }

  /** The current value of one field of each of these events that has it, by event id. */
  public Map<Long, String> field(List<Long> ids, String field) {
    Map<Long, String> values = new LinkedHashMap<>();
    for (Map<String, Object> row :
        sql.rows(
            "SELECT subject_id, value FROM field_value WHERE subject_kind = 'event'"
                + " AND subject_id = ANY(?) AND field = ?",
            ids.toArray(Long[]::new),
            field)) {
      values.put(((Number) row.get("subject_id")).longValue(), (String) row.get("value"));
    }
    return values;
  }

  /** The areas of each of these events that has any, by event id, sorted. */
  public Map<Long, List<String>> areas(List<Long> ids) {
    Map<Long, List<String>> areas = new LinkedHashMap<>();
    for (Map<String, Object> row :
        sql.rows(
            "SELECT event_id, area FROM event_area_view WHERE event_id = ANY(?)"
                + " ORDER BY event_id, area",
            (Object) ids.toArray(Long[]::new))) {
      areas
          .computeIfAbsent(((Number) row.get("event_id")).longValue(), k -> new ArrayList<>())
          .add((String) row.get("area"));
    }
    return areas;
  }

  private static String where(Filter filter, List<Object> parameters) {
    StringBuilder where = new StringBuilder("TRUE");
    filter
        .type()
        .ifPresent(
            t -> {
              where.append(" AND e.type = ?");
              parameters.add(t);
            });
    for (String actor : filter.actors()) {
      where.append(
          " AND EXISTS (SELECT 1 FROM event_party p WHERE p.event_id = e.id AND p.actor = ?)");
      parameters.add(actor);
    }
    filter
        .area()
        .ifPresent(
            a -> {
              where.append(
                  " AND EXISTS (SELECT 1 FROM event_area_view x WHERE x.event_id = e.id"
                      + " AND x.area = ?)");
              parameters.add(a);
            });
    filter
        .from()
        .ifPresent(
            d -> {
              where.append(" AND iso_date_last(e.date) >= iso_date_first(?)");
              parameters.add(d);
            });
    filter
        .to()
        .ifPresent(
            d -> {
              where.append(" AND iso_date_first(e.date) <= iso_date_last(?)");
              parameters.add(d);
            });
    return where.toString();
  }

  /** The events with these ids, in this order, with their fields, areas and parties. */
  public List<Map<String, Object>> details(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Long[] array = ids.toArray(Long[]::new);
    Map<Long, Map<String, Object>> events = new LinkedHashMap<>();
    for (Long id : ids) {
      events.put(id, new LinkedHashMap<>());
    }
    for (Map<String, Object> row :
        sql.rows(
            "SELECT e.id, e.type, e.date, (SELECT count(*) FROM event_source s"
                + " WHERE s.event_id = e.id) AS sources FROM event_date e WHERE e.id = ANY(?)",
            (Object) array)) {
      Map<String, Object> event = events.get(((Number) row.get("id")).longValue());
      event.putAll(row);
      event.put("fields", new TreeMap<String, Object>());
      event.put("areas", new ArrayList<Object>());
      event.put("parties", new ArrayList<Object>());
    }
    events.values().removeIf(Map::isEmpty);
    for (Map<String, Object> row :
        sql.rows(
            "SELECT event_id, field, value FROM event_field WHERE event_id = ANY(?)"
                + " AND field NOT IN ('exists')",
            (Object) array)) {
      fields(events, row).put((String) row.get("field"), row.get("value"));
    }
    areas(ids)
        .forEach(
            (id, list) -> {
              Map<String, Object> event = events.get(id);
              if (event != null) {
                @SuppressWarnings("unchecked")
                List<Object> into = (List<Object>) event.get("areas");
                into.addAll(list);
              }
            });
    for (Map<String, Object> row :
        sql.rows(
            "WITH p AS (SELECT event_id, actor, link FROM event_party WHERE event_id = ANY(?)),"
                + " n AS MATERIALIZED (SELECT actor, actor_kind(actor) AS kind,"
                + " actor_name(actor) AS name"
                + " FROM (SELECT DISTINCT actor FROM p) d)"
                + " SELECT p.event_id, p.actor, p.link, n.kind, n.name FROM p JOIN n USING (actor)"
                + " ORDER BY p.event_id, p.link, n.name",
            (Object) array)) {
      Map<String, Object> party = new LinkedHashMap<>();
      party.put("actor", row.get("actor"));
      party.put("kind", row.get("kind"));
      party.put("name", row.get("name"));
      party.put("link", row.get("link"));
      list(events, row, "parties").add(party);
    }
    return new ArrayList<>(events.values());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> fields(
      Map<Long, Map<String, Object>> events, Map<String, Object> row) {
    return (Map<String, Object>) event(events, row).get("fields");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(
      Map<Long, Map<String, Object>> events, Map<String, Object> row, String name) {
    return (List<Object>) event(events, row).get(name);
  }

  private static Map<String, Object> event(
      Map<Long, Map<String, Object>> events, Map<String, Object> row) {
    return events.get(((Number) row.get("event_id")).longValue());
  }
}
