package org.attache.store.query.events;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attache.store.query.Periods;
import org.attache.store.query.Sql;

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

    public Filter withActors(List<String> value) {
      return new Filter(type, value, area, from, to);
    }

    public Filter withType(String value) {
      return new Filter(Optional.of(value), actors, area, from, to);
    }
  }

  /**
   * One page of events matching a filter, latest first (the undated last, the latest stored first),
   * and how many match in all.
   *
   * <p>The dated events come first, read in the order of the index of dates from the latest back
   * until the page is full, so that a page costs what it shows rather than the whole list; the
   * undated follow, from where the dated end.
   */
  public EventPage page(Filter filter, int limit, int offset) {
    List<Object> parameters = new ArrayList<>();
    String where = where(filter, parameters);
    long total =
        filter.actors().isEmpty()
                && filter.area().isEmpty()
                && filter.from().isEmpty()
                && filter.to().isEmpty()
            // All events, or those of a type: counted as the store keeps them counted.
            ? sql.count(
                "SELECT coalesce(sum(events), 0) FROM live_event_count"
                    + (filter.type().isPresent() ? " WHERE type = ?" : ""),
                filter.type().stream().toArray())
            : sql.count("SELECT count(*) FROM event_date e WHERE " + where, parameters.toArray());
    List<Object> datedParameters = new ArrayList<>();
    String dated = dated(filter, datedParameters);
    List<Long> ids =
        new ArrayList<>(
            sql.ids(
                "SELECT e.id FROM event_date e WHERE "
                    + dated
                    + " ORDER BY e.date DESC, e.id DESC LIMIT ? OFFSET ?",
                with(datedParameters, limit, offset)));
    if (ids.size() < limit && offset + ids.size() < total) {
      long datedCount =
          sql.count("SELECT count(*) FROM event_date e WHERE " + dated, datedParameters.toArray());
      ids.addAll(
          sql.ids(
              "SELECT e.id FROM event_date e WHERE "
                  + where
                  + " AND e.date IS NULL ORDER BY e.id DESC LIMIT ? OFFSET ?",
              with(parameters, limit - ids.size(), Math.max(0, offset - datedCount))));
    }
    return new EventPage(total, limit, offset, details(ids));
  }

  /**
   * The latest events matching a filter, as the first page of {@link #page} gives them, without
   * counting those that match: for the lists that show only the latest.
   */
  public List<EventDetail> latest(Filter filter, int limit) {
    return details(latestIds(filter, limit));
  }

  /**
   * The latest events of each of these types, as {@link #latest} gives them, by type in the order
   * given: their details read once for all the types.
   */
  public Map<String, List<EventDetail>> latestOfEach(List<String> types, int limit) {
    List<Long> ids = new ArrayList<>();
    for (String type : types) {
      ids.addAll(latestIds(Filter.all().withType(type), limit));
    }
    Map<String, List<EventDetail>> byType = new LinkedHashMap<>();
    for (String type : types) {
      byType.put(type, new ArrayList<>());
    }
    for (EventDetail e : details(ids)) {
      byType.get(e.type()).add(e);
    }
    byType.replaceAll((type, events) -> List.copyOf(events));
    return byType;
  }

  private List<Long> latestIds(Filter filter, int limit) {
    List<Object> parameters = new ArrayList<>();
    String where = where(filter, parameters);
    List<Object> datedParameters = new ArrayList<>();
    String dated = dated(filter, datedParameters);
    List<Long> ids =
        new ArrayList<>(
            sql.ids(
                "SELECT e.id FROM event_date e WHERE "
                    + dated
                    + " ORDER BY e.date DESC, e.id DESC LIMIT ?",
                with(datedParameters, limit)));
    if (ids.size() < limit) {
      ids.addAll(
          sql.ids(
              "SELECT e.id FROM event_date e WHERE "
                  + where
                  + " AND e.date IS NULL ORDER BY e.id DESC LIMIT ?",
              with(parameters, limit - ids.size())));
    }
    return ids;
  }

  /**
   * The conditions on the dated events of a filter, its parameters added. The type is asked of the
   * date alone (the type its date carries), not of the event too: by it the index of dates by type
   * gives the latest of a type in order, where the two conditions together led the planner to think
   * them rare and sort them all.
   */
  private static String dated(Filter filter, List<Object> parameters) {
    String where =
        where(
            new Filter(
                Optional.empty(), filter.actors(), filter.area(), filter.from(), filter.to()),
            parameters);
    if (filter.type().isEmpty()) {
      return where + " AND e.date IS NOT NULL";
    }
    parameters.add(filter.type().get());
    return where + " AND e.date IS NOT NULL AND e.dated_type = ?";
  }

  private static Object[] with(List<Object> parameters, Object... more) {
    List<Object> all = new ArrayList<>(parameters);
    all.addAll(List.of(more));
    return all.toArray();
  }

  /** The id, type and date of every event matching a filter, oldest first. */
  public List<EventSummary> summaries(Filter filter) {
    List<Object> parameters = new ArrayList<>();
    String where = where(filter, parameters);
    return sql.list(
        "SELECT e.id, e.type, e.date FROM event_date e WHERE "
            + where
            + " ORDER BY e.date NULLS LAST, e.id",
        Events::summary,
        parameters.toArray());
  }

  /**
   * How many dated events of each type matching a filter fell in each month (a year for those dated
   * by their year alone), by period, then type.
   */
  public List<EventsInPeriod> byMonth(Filter filter) {
    List<Object> parameters = new ArrayList<>();
    String where = where(filter, parameters);
    return sql.list(
        "SELECT e.type, left(e.date, 7) AS period, count(*) AS events FROM event_date e WHERE "
            + where
            + " AND e.date IS NOT NULL GROUP BY 1, 2"
            + " ORDER BY left(e.date, 7) COLLATE \"C\", e.type COLLATE \"C\"",
        row -> new EventsInPeriod(row.text("type"), row.text("period"), row.number("events")),
        parameters.toArray());
  }

  /** How many of these events of each type fell in each month (or year), by period, then type. */
  public static List<EventsInPeriod> byMonth(List<EventSummary> events) {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    for (EventSummary e : events) {
      e.date()
          .ifPresent(
              d ->
                  counts
                      .computeIfAbsent(
                          d.substring(0, Math.min(7, d.length())), p -> new TreeMap<>())
                      .merge(e.type(), 1L, Long::sum));
    }
    List<EventsInPeriod> result = new ArrayList<>();
    counts.forEach(
        (period, types) ->
            types.forEach((type, n) -> result.add(new EventsInPeriod(type, period, n))));
    return result;
  }

  /** An event's id, type and date from a row that has them. */
  public static EventSummary summary(Sql.Row row) throws SQLException {
    return new EventSummary(row.number("id"), row.text("type"), row.optionalText("date"));
  }

  /** The areas of cooperation that some event has, in order. */
  public List<String> areasInUse() {
    // Each area once, by the index of areas (a loose scan: the next area after the last), kept
    // when one of its events' reports of it is live: a cost of the areas, not of the events.
    return sql.list(
        "WITH RECURSIVE a AS (SELECT min(area) AS area FROM event_area UNION ALL"
            + " SELECT (SELECT min(x.area) FROM event_area x WHERE x.area > a.area) FROM a"
            + " WHERE a.area IS NOT NULL)"
            + " SELECT a.area FROM a WHERE a.area IS NOT NULL"
            // A sub-query with a limit stops at the first live report; an EXISTS became a join
            // over every report of every area.
            + " AND (SELECT 1 FROM event_area_view v WHERE v.area = a.area LIMIT 1) IS NOT NULL"
            + " ORDER BY a.area",
        row -> row.text("area"));
  }

  /** The current value of one field of each of these events that has one, by event id. */
  public Map<Long, String> field(List<Long> ids, String field) {
    Map<Long, String> values = new LinkedHashMap<>();
    sql.list(
            "SELECT subject_id, value FROM field_value WHERE subject_kind = 'event'"
                + " AND subject_id = ANY(?) AND field = ?",
            row -> new FieldValue(row.number("subject_id"), field, row.optionalText("value")),
            ids.toArray(Long[]::new),
            field)
        .forEach(f -> f.value().ifPresent(v -> values.put(f.event(), v)));
    return values;
  }

  /** The areas of each of these events that has any, by event id, sorted. */
  public Map<Long, List<String>> areas(List<Long> ids) {
    Map<Long, List<String>> areas = new LinkedHashMap<>();
    sql.list(
            "SELECT event_id, area FROM event_area_view WHERE event_id = ANY(?)"
                + " ORDER BY event_id, area",
            row -> Map.entry(row.number("event_id"), row.text("area")),
            (Object) ids.toArray(Long[]::new))
        .forEach(e -> areas.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
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
    Periods.where(where, parameters, filter.area(), filter.from(), filter.to());
    return where.toString();
  }

  /** The events with these ids, in this order, with their fields, areas and parties. */
  public List<EventDetail> details(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Long[] array = ids.toArray(Long[]::new);
    Map<Long, EventSummary> events = new LinkedHashMap<>();
    Map<Long, Long> sources = new HashMap<>();
    for (Long id : ids) {
      events.put(id, null);
    }
    sql.list(
            "SELECT e.id, e.type, e.date, (SELECT count(*) FROM event_source s"
                + " WHERE s.event_id = e.id) AS sources FROM event_date e WHERE e.id = ANY(?)",
            row -> {
              sources.put(row.number("id"), row.number("sources"));
              return summary(row);
            },
            (Object) array)
        .forEach(e -> events.put(e.id(), e));
    events.values().removeIf(Objects::isNull);
    Map<Long, Map<String, Optional<String>>> fields = new HashMap<>();
    sql.list(
            "SELECT event_id, field, value FROM event_field WHERE event_id = ANY(?)"
                + " AND field NOT IN ('exists')",
            row ->
                new FieldValue(
                    row.number("event_id"), row.text("field"), row.optionalText("value")),
            (Object) array)
        .forEach(
            f -> fields.computeIfAbsent(f.event(), k -> new TreeMap<>()).put(f.field(), f.value()));
    Map<Long, List<String>> areas = areas(ids);
    EventParties told = new EventParties(sql);
    Map<Long, List<Party>> parties = told.of(array);
    Map<Long, List<EventSource>> documents = told.sources(array);
    Map<String, String> names =
        told.stateNames(
            fields.values().stream()
                .flatMap(f -> f.getOrDefault("place.country", Optional.empty()).stream())
                .distinct()
                .toArray(String[]::new));
    List<EventDetail> result = new ArrayList<>();
    for (EventSummary e : events.values()) {
      result.add(
          new EventDetail(
              e.id(),
              e.type(),
              e.date(),
              sources.get(e.id()),
              fields.getOrDefault(e.id(), Map.of()),
              areas.getOrDefault(e.id(), List.of()),
              parties.getOrDefault(e.id(), List.of()),
              documents.getOrDefault(e.id(), List.of()),
              names));
    }
    return result;
  }

  private record FieldValue(long event, String field, Optional<String> value) {}
}
