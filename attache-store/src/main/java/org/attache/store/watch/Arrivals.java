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

  /**
   * Up to this many documents stored in the time, the events of a watch are found from them;
   * beyond, from the watch's own events (its actor's, its pair's, its area's), by their index.
   */
  static final int FEW_DOCUMENTS = 500;

  /** The events reported by the documents stored in the time: a few days' visit. */
  private static final String RECENT =
      "WITH recent AS (SELECT id FROM document WHERE ingested_at > ? AND ingested_at <= ?),"
          + " candidate AS (SELECT DISTINCT s.event_id FROM event_source s"
          + " JOIN recent r ON r.id = s.document_id),"
          + " matching AS (SELECT c.event_id FROM candidate c WHERE ";

  /** The watch's own events: a first visit, or one after many documents. */
  private static final String WATCHED = "WITH matching AS MATERIALIZED (";

  /**
   * The page of the matching events whose first report was stored in the time, newest first; then
   * what they are and who took part, for the page alone.
   */
  private static final String FIRST_REPORTS =
      "), first AS (SELECT a.subject_id AS event_id, min(d.ingested_at) AS arrived"
          + " FROM assertion a JOIN document d ON d.id = a.document_id"
          + " WHERE a.subject_kind = 'event' AND a.field = 'exists' AND a.state <> 'rejected'"
          + " AND a.subject_id IN (SELECT event_id FROM matching) GROUP BY a.subject_id),"
          + " page AS (SELECT event_id, arrived FROM first WHERE arrived > ? AND arrived <= ?"
          + " ORDER BY arrived DESC, event_id DESC LIMIT ? OFFSET ?)"
          + " SELECT f.event_id, f.arrived, e.type, e.date,"
          + " (SELECT string_agg(n.name, ', ' ORDER BY n.name) FROM (SELECT"
          + " DISTINCT actor_name(p.actor) AS name, p.actor LIKE 'person:%' AS person"
          + " FROM event_party p WHERE p.event_id = f.event_id) n"
          + " WHERE n.person OR NOT EXISTS (SELECT 1 FROM event_party q"
          + " WHERE q.event_id = f.event_id AND q.actor LIKE 'person:%')) AS parties"
          + " FROM page f JOIN event_date e ON e.id = f.event_id"
          + " ORDER BY f.arrived DESC, f.event_id DESC";

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

  /** At most {@code limit} arrivals after the first {@code offset}, newest first. */
  static List<Arrival> of(
      Sql.Statements sql, Watch watch, Instant since, Instant until, int offset, int limit)
      throws SQLException {
    return of(sql, watch, since, until, offset, limit, FEW_DOCUMENTS);
  }

  /**
   * As {@link #of(Sql.Statements, Watch, Instant, Instant, int, int)}, the events found from the
   * documents of the time when they are at most {@code fewDocuments}.
   */
  static List<Arrival> of(
      Sql.Statements sql,
      Watch watch,
      Instant since,
      Instant until,
      int offset,
      int limit,
      int fewDocuments)
      throws SQLException {
    Timestamp from = Timestamp.from(since);
    Timestamp to = Timestamp.from(until);
    String[] parts = watch.subject().split(" ");
    String party =
        "EXISTS (SELECT 1 FROM event_party p WHERE p.event_id = c.event_id AND p.actor = ?)";
    String ofActor = "SELECT event_id FROM event_party WHERE actor = ?";
    return switch (watch.kind()) {
      case ACTOR ->
          events(sql, watch, party, ofActor, from, to, offset, limit, fewDocuments, parts[0]);
      case PAIR ->
          events(
              sql,
              watch,
              party + " AND " + party,
              ofActor + " INTERSECT " + ofActor,
              from,
              to,
              offset,
              limit,
              fewDocuments,
              parts[0],
              parts[1]);
      case AREA ->
          events(
              sql,
              watch,
              "EXISTS (SELECT 1 FROM event_area_view a"
                  + " WHERE a.event_id = c.event_id AND a.area = ?)",
              "SELECT event_id FROM event_area_view WHERE area = ?",
              from,
              to,
              offset,
              limit,
              fewDocuments,
              watch.subject());
      case PLAN ->
          documents(
              sql,
              watch,
              "EXISTS (SELECT 1 FROM event_source s WHERE s.document_id = d.id"
                  + " AND s.event_id = ?)",
              from,
              to,
              offset,
              limit,
              Long.parseLong(watch.subject()));
      case SEARCH ->
          documents(
              sql,
              watch,
              "d.search @@ websearch_to_tsquery('simple', ?)",
              from,
              to,
              offset,
              limit,
              watch.subject());
    };
  }

  private record Found(
      long event, String type, Optional<String> date, String parties, Instant at) {}

  /**
   * The events of a watch that arrived in the time: found from the documents stored in it when they
   * are few, else from the watch's events, so that a look costs the smaller of the two.
   *
   * @param match the condition on a candidate event {@code c} that it is the watch's
   * @param watched the query of the watch's events
   */
  private static List<Arrival> events(
      Sql.Statements sql,
      Watch watch,
      String match,
      String watched,
      Timestamp from,
      Timestamp to,
      int offset,
      int limit,
      int fewDocuments,
      Object... keys)
      throws SQLException {
    boolean few =
        sql.count(
                "SELECT count(*) FROM (SELECT 1 FROM document"
                    + " WHERE ingested_at > ? AND ingested_at <= ? LIMIT ?) x",
                from,
                to,
                fewDocuments + 1)
            <= fewDocuments;
    List<Object> parameters = new ArrayList<>();
    if (few) {
      parameters.add(from);
      parameters.add(to);
    }
    parameters.addAll(List.of(keys));
    parameters.add(from);
    parameters.add(to);
    parameters.add(limit);
    parameters.add(offset);
    List<Found> found =
        sql.list(
            few ? RECENT + match + FIRST_REPORTS : WATCHED + watched + FIRST_REPORTS,
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
      int offset,
      int limit,
      Object key)
      throws SQLException {
    return sql.list(
        DOCUMENTS + match + " ORDER BY d.ingested_at DESC, d.id LIMIT ? OFFSET ?",
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
        limit,
        offset);
  }
}
