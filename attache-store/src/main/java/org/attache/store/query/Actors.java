package org.attache.store.query;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * People, states and organisations: search by name; one actor's posts over time, meetings,
 * statements, partners, contacts by year, agreements and plans.
 */
public final class Actors {
  /** How many of an actor's latest events of each type come with the actor. */
  public static final int LATEST = 50;

  private final Sql sql;
  private final Events events;

  public Actors(Sql sql, Events events) {
    this.sql = requireNonNull(sql, "sql is null");
    this.events = requireNonNull(events, "events is null");
  }

  /** Actors whose name or code contains the query, case-insensitive. */
  public List<Map<String, Object>> search(String query, int limit) {
    String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return sql.rows(
        "SELECT actor, kind, id, name, code FROM actor_view"
            + " WHERE name ILIKE ? OR code ILIKE ? ORDER BY name, actor LIMIT ?",
        like,
        like,
        limit);
  }

  /** An actor's name and kind, if there is such an actor. */
  public Optional<Map<String, Object>> name(String actor) {
    long id = Long.parseLong(actor.substring(actor.indexOf(':') + 1));
    if (actor.startsWith("person:")) {
      return sql.row(
          "SELECT 'person:' || p.id AS actor, 'person' AS kind, p.id,"
              + " actor_name('person:' || p.id) AS name, NULL AS code FROM person p WHERE p.id = ?",
          id);
    }
    return sql.row(
        "SELECT 'organisation:' || o.id AS actor, o.kind, o.id,"
            + " actor_name('organisation:' || o.id) AS name, o.code FROM organisation o"
            + " WHERE o.id = ?",
        id);
  }

  /** Everything the actor page shows. */
  public Optional<Map<String, Object>> one(String actor) {
    Optional<Map<String, Object>> found = name(actor);
    if (found.isEmpty()) {
      return found;
    }
    Map<String, Object> result = new LinkedHashMap<>(found.get());
    if (actor.startsWith("person:")) {
      result.put(
          "posts",
          sql.rows(
              "SELECT m.post, o.actor AS organisation, o.name AS organisation_name,"
                  + " t.actor AS accredited_to, t.name AS accredited_to_name,"
                  + " m.first_reported, m.last_reported, m.sources FROM membership_view m"
                  + " LEFT JOIN LATERAL (SELECT 'organisation:' || m.organisation_id AS actor,"
                  + " actor_name('organisation:' || m.organisation_id) AS name) o"
                  + " ON m.organisation_id IS NOT NULL"
                  + " LEFT JOIN LATERAL (SELECT 'organisation:' || m.accredited_to_id AS actor,"
                  + " actor_name('organisation:' || m.accredited_to_id) AS name) t"
                  + " ON m.accredited_to_id IS NOT NULL"
                  + " WHERE m.person_id = ? ORDER BY m.first_reported NULLS LAST, m.id",
              found.get().get("id")));
    }
    Events.Filter of =
        new Events.Filter(
            Optional.empty(), List.of(actor), Optional.empty(), Optional.empty(), Optional.empty());
    // The latest of each kind; the events API pages through the rest.
    for (String type : List.of("meeting", "statement", "agreement", "plan")) {
      result.put(type + "s", events.page(of.withType(type), LATEST, 0));
    }
    result.put(
        "partners",
        sql.rows(
            "SELECT q.actor, actor_kind(q.actor) AS kind, actor_name(q.actor) AS name,"
                + " count(DISTINCT p.event_id) AS events"
                + " FROM event_party p JOIN event_party q ON q.event_id = p.event_id"
                + " AND q.actor <> p.actor AND q.actor LIKE 'organisation:%'"
                + " WHERE p.actor = ? GROUP BY q.actor ORDER BY events DESC, name",
            actor));
    result.put(
        "contacts_by_year",
        sql.rows(
            "SELECT left(e.date, 4) AS year, count(DISTINCT e.id) AS meetings"
                + " FROM event_party p JOIN event_date e ON e.id = p.event_id"
                + " WHERE p.actor = ? AND e.type = 'meeting' AND e.date IS NOT NULL"
                + " GROUP BY 1 ORDER BY 1",
            actor));
    return Optional.of(result);
  }
}
