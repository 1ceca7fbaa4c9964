package org.attache.store.watch;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.store.query.Sql;

/**
 * What arrived for a watch in a time, newest first: read from the documents stored in that time (by
 * the index of their storing), so that a look costs what arrived, not what the store holds. An
 * event is titled by the people who took part, or, when none is named, by its parties.
 *
 * <ul>
 *   <li>actor, pair, area: the events whose first report was stored in the time and whose parties
 *       include the actor, both actors, or whose areas include the area: an event that a later
 *       document tells again is not new;
 *   <li>plan: the documents stored in the time that report the plan;
 *   <li>search: the documents stored in the time that the search finds.
 * </ul>
 */
final class Arrivals {
  /** The most documents listed as an event's sources. */
  static final int MOST_SOURCES = 10;

  private static final String RECENT =
      "WITH recent AS (SELECT id FROM document WHERE ingested_at > ? AND ingested_at <= ?),"
          + " candidate AS (SELECT DISTINCT s.event_id FROM event_source s"
          + " JOIN recent r ON r.id = s.document_id),"
          + " matching AS (SELECT c.event_id FROM candidate c WHERE ";

  private static final String FIRST_REPORTS =
      "), first AS (SELECT s.event_id, min(d.ingested_at) AS arrived"
          + " FROM event_source s JOIN document d ON d.id = s.document_id"
          + " WHERE s.event_id IN (SELECT event_id FROM matching) GROUP BY s.event_id)"
          + " SELECT f.event_id, f.arrived, e.type, e.date,"
          + " (SELECT string_agg(n.name, ', ' ORDER BY n.name) FROM (SELECT"
          + " DISTINCT actor_name(p.actor) AS name, p.actor LIKE 'person:%' AS person"
          + " FROM event_party p WHERE p.event_id = f.event_id) n"
          + " WHERE n.person OR NOT EXISTS (SELECT 1 FROM event_party q"
          + " WHERE q.event_id = f.event_id AND q.actor LIKE 'person:%')) AS parties"
          + " FROM first f JOIN event_date e ON e.id = f.event_id"
          + " WHERE f.arrived > ? ORDER BY f.arrived DESC, f.event_id DESC LIMIT ?";

  private static final String SOURCES =
      "SELECT t.event_id, t.id, t.title, t.url FROM (SELECT s.event_id, d.id,"
          + " coalesce(d.title, left(d.text, 120)) AS title, d.url,"
          + " row_number() OVER (PARTITION BY s.event_id ORDER BY d.ingested_at, d.id) AS n"
          + " FROM event_source s JOIN document d ON d.id = s.document_id"
          + " WHERE s.event_id = ANY (?)) t WHERE t.n <= ? ORDER BY t.event_id, t.n";

  private static final String DOCUMENTS =
      "SELECT d.id, d.ingested_at, d.published, d.url,"
          + " coalesce(d.title, left(d.text, 120)) AS title"
          + " FROM document d WHERE d.ingested_at > ? AND d.ingested_at <= ? AND ";

  private Arrivals() {}

  /** At most {@code limit} arrivals, newest first. */
  static List<Arrival> of(Sql.Statements sql, Watch watch, Instant since, Instant until, int limit)
      throws SQLException {
    Timestamp from = Timestamp.from(since);
    Timestamp to = Timestamp.from(until);
    String[] parts = watch.subject().split(" ");
    String party =
        "EXISTS (SELECT 1 FROM event_party p WHERE p.event_id = c.event_id AND p.actor = ?)";
    return switch (watch.kind()) {
      case ACTOR -> events(sql, watch, party, from, to, limit, parts[0]);
      case PAIR -> events(sql, watch, party + " AND " + party, from, to, limit, parts[0], parts[1]);
      case AREA ->
          events(
              sql,
              watch,
              "EXISTS (SELECT 1 FROM event_area_view a"
                  + " WHERE a.event_id = c.event_id AND a.area = ?)",
              from,
              to,
              limit,
              watch.subject());
      case PLAN ->
          documents(
              sql,
              watch,
              "EXISTS (SELECT 1 FROM event_source s WHERE s.document_id = d.id"
                  + " AND s.event_id = ?)",
              from,
              to,
              limit,
              Long.parseLong(watch.subject()));
      case SEARCH ->
          documents(
              sql,
              watch,
              "d.search @@ websearch_to_tsquery('simple', ?)",
              from,
              to,
              limit,
              watch.subject());
    };
  }

  private record Found(
      long event, String type, Optional<String> date, String parties, Instant at) {}

  private static List<Arrival> events(
      Sql.Statements sql,
      Watch watch,
      String match,
      Timestamp from,
      Timestamp to,
      int limit,
      Object... keys)
      throws SQLException {
    List<Object> parameters = new ArrayList<>(List.of(from, to));
    parameters.addAll(List.of(keys));
    parameters.add(from);
    parameters.add(limit);
    List<Found> found =
        sql.list(
            RECENT + match + FIRST_REPORTS,
            row ->
                new Found(
                    row.number("event_id"),
                    row.text("type"),
                    row.optionalText("date"),
                    row.optionalText("parties").orElse("?"),
                    row.instant("arrived")),
            parameters.toArray());
    Map<Long, List<Arrival.Told>> told = new LinkedHashMap<>();
    sql.forEach(
        SOURCES,
        row ->
            told.computeIfAbsent(row.number("event_id"), e -> new ArrayList<>())
                .add(new Arrival.Told(row.text("id"), row.text("title"), row.optionalText("url"))),
        found.stream().map(Found::event).toArray(Long[]::new),
        MOST_SOURCES);
    List<Arrival> arrivals = new ArrayList<>();
    for (Found f : found) {
      arrivals.add(
          new Arrival(
              watch.id(),
              f.type(),
              Long.toString(f.event()),
              f.parties(),
              f.date(),
              told.getOrDefault(f.event(), List.of()),
              f.at()));
    }
    return arrivals;
  }

  private static List<Arrival> documents(
      Sql.Statements sql,
      Watch watch,
      String match,
      Timestamp from,
      Timestamp to,
      int limit,
      Object key)
      throws SQLException {
    return sql.list(
        DOCUMENTS + match + " ORDER BY d.ingested_at DESC, d.id LIMIT ?",
        row ->
            new Arrival(
                watch.id(),
                "document",
                row.text("id"),
                row.text("title"),
                row.optionalText("published"),
                List.of(
                    new Arrival.Told(row.text("id"), row.text("title"), row.optionalText("url"))),
                row.instant("ingested_at")),
        from,
        to,
        key,
        limit);
  }
}
