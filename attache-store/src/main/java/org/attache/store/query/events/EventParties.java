package org.attache.store.query.events;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.store.query.Headings;
import org.attache.store.query.Sql;

/**
 * The parties of events with what the pages say of them: names, roles, the organisation each person
 * acted for and the post, and the documents that report each event.
 */
final class EventParties {
  /** How many reporting documents an event lists; its count of sources says how many there are. */
  static final int SOURCES_LISTED = 10;

  private final Sql sql;

  EventParties(Sql sql) {
    this.sql = requireNonNull(sql, "sql is null");
  }

  /** The parties of each event, by event id, by link and then name. */
  Map<Long, List<Party>> of(Long[] ids) {
    Map<String, PartyPost> posts = posts(ids);
    Map<Long, List<Party>> parties = new HashMap<>();
    sql.list(
            "WITH p AS (SELECT event_id, actor, link FROM event_party WHERE event_id = ANY(?)),"
                + " n AS MATERIALIZED (SELECT actor, actor_kind(actor) AS kind,"
                + " actor_name(actor) AS name FROM (SELECT DISTINCT actor FROM p) d)"
                + " SELECT p.event_id, p.actor, p.link, n.kind, n.name, ea.id AS part,"
                + " current_value('event_actor', ea.id, 'role') AS role,"
                + " current_value('event_actor', ea.id, 'on_behalf_of') AS behalf"
                + " FROM p JOIN n USING (actor) LEFT JOIN event_actor ea"
                + " ON ea.event_id = p.event_id AND ea.link = p.link AND ea.actor = p.actor"
                + " ORDER BY p.event_id, p.link, n.name, p.actor",
            row -> {
              Optional<Long> part = row.optionalNumber("part");
              return Map.entry(
                  row.number("event_id"),
                  new Party(
                      row.text("actor"),
                      row.optionalText("kind"),
                      row.optionalText("name"),
                      row.text("link"),
                      part,
                      row.optionalText("role"),
                      row.optionalText("behalf").map(id -> "organisation:" + id),
                      part.map(id -> posts.get(Long.toString(id)))));
            },
            (Object) ids)
        .forEach(
            e -> parties.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return parties;
  }

  /**
   * The post of each person's part in an event, by the part's id: a post that a document reporting
   * the event gives the person, the one serving the organisation the person acted for first.
   */
  private Map<String, PartyPost> posts(Long[] ids) {
    Map<String, PartyPost> posts = new HashMap<>();
    sql.list(
            "SELECT DISTINCT ON (ea.id) ea.id AS part, current_value('membership', m.id, 'post')"
                + " AS title, m.organisation_id, o.code AS of_code, o.kind AS of_kind,"
                + " actor_name('organisation:' || m.organisation_id) AS of_name,"
                + " m.accredited_to_id, actor_name('organisation:' || m.accredited_to_id)"
                + " AS to_name"
                + " FROM event_actor ea JOIN membership m ON m.person_id = ea.person_id"
                + " LEFT JOIN organisation o ON o.id = m.organisation_id"
                + " WHERE ea.event_id = ANY(?) AND EXISTS (SELECT 1 FROM live_assertion ma"
                + " JOIN live_assertion ex ON ex.document_id = ma.document_id"
                + " AND ex.subject_kind = 'event' AND ex.subject_id = ea.event_id"
                + " AND ex.field = 'exists'"
                + " WHERE ma.subject_kind = 'membership' AND ma.subject_id = m.id)"
                + " ORDER BY ea.id, (m.organisation_id::text IS NOT DISTINCT FROM"
                + " current_value('event_actor', ea.id, 'on_behalf_of')) DESC, m.id",
            row -> {
              Optional<String> title = row.optionalText("title");
              String part = Long.toString(row.number("part"));
              PartyPost post =
                  new PartyPost(
                      title.orElse(""),
                      row.optionalNumber("organisation_id").map(id -> "organisation:" + id),
                      row.optionalText("of_name"),
                      row.optionalText("of_code"),
                      row.optionalText("of_kind"),
                      row.optionalNumber("accredited_to_id").map(id -> "organisation:" + id),
                      row.optionalText("to_name"));
              return title.map(t -> Map.entry(part, post));
            },
            (Object) ids)
        .forEach(post -> post.ifPresent(e -> posts.put(e.getKey(), e.getValue())));
    return posts;
  }

  /** Up to {@value #SOURCES_LISTED} documents reporting each event, newest first. */
  Map<Long, List<EventSource>> sources(Long[] ids) {
    Map<Long, List<EventSource>> sources = new HashMap<>();
    sql.list(
            "SELECT event_id, document_id, title, opening, published FROM (SELECT s.event_id,"
                + " s.document_id, d.title, left(d.text, 320) AS opening, d.published,"
                + " row_number() OVER (PARTITION BY"
                + " s.event_id ORDER BY d.published DESC NULLS LAST, s.document_id) AS n"
                + " FROM (SELECT DISTINCT event_id, document_id FROM event_source"
                + " WHERE event_id = ANY(?)) s JOIN document d ON d.id = s.document_id) r"
                + " WHERE n <= "
                + SOURCES_LISTED
                + " ORDER BY event_id, n",
            row ->
                Map.entry(
                    row.number("event_id"),
                    new EventSource(
                        row.text("document_id"),
                        Headings.of(row.optionalText("title"), row.text("opening")),
                        row.optionalText("published"))),
            (Object) ids)
        .forEach(
            e -> sources.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return sources;
  }

  /** The names of the states with these codes that the store has, by code. */
  Map<String, String> stateNames(String[] codes) {
    Map<String, String> names = new HashMap<>();
    if (codes.length > 0) {
      sql.list(
              "SELECT code, name FROM organisation_view WHERE kind = 'state' AND code = ANY(?)"
                  + " AND name IS NOT NULL",
              row -> Map.entry(row.text("code"), row.text("name")),
              (Object) codes)
          .forEach(e -> names.putIfAbsent(e.getKey(), e.getValue()));
    }
    return names;
  }
}
