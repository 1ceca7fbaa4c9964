package org.attache.store.query.actors;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.attache.store.query.Headings;
import org.attache.store.query.Sql;
import org.attache.store.query.events.EventDetail;
import org.attache.store.query.events.EventPage;
import org.attache.store.query.events.EventSummary;
import org.attache.store.query.events.Events;
import org.attache.store.query.events.MeetingsInYear;

/**
 * People, states and organisations: search by name; one actor's posts over time, meetings,
 * statements, partners, contacts by year, agreements and plans.
 */
public final class Actors {
  /** How many of an actor's latest events of each type come with the actor. */
  public static final int LATEST = 50;

  /** Events as the events page lists them: the dated from the latest, then the undated. */
  private static final Comparator<EventSummary> LATEST_FIRST =
      Comparator.comparing((EventSummary e) -> e.date().isEmpty())
          .thenComparing(e -> e.date().orElse(""), Comparator.reverseOrder())
          .thenComparing(EventSummary::id, Comparator.reverseOrder());

  private final Sql sql;
  private final Events events;

  public Actors(Sql sql, Events events) {
    this.sql = requireNonNull(sql, "sql is null");
    this.events = requireNonNull(events, "events is null");
  }

  /**
   * Actors whose name or code contains the query, case-insensitive; a person also by any name a
   * document gives them, in any script ("王毅" finds the person shown as Wang Yi).
   */
  public List<ActorName> search(String query, int limit) {
    String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return sql.list(
        "SELECT actor, kind, id, name, code FROM actor_view v"
            + " WHERE name ILIKE ? OR code ILIKE ?"
            // The persons named so, read once from the index of persons' names (V14), rather
            // than a look into every person's assertions.
            + " OR v.kind = 'person' AND v.id IN (SELECT a.subject_id FROM assertion a"
            + " WHERE a.subject_kind = 'person' AND a.field IN ('name', 'name_en')"
            + " AND a.state <> 'rejected' AND a.value ILIKE ?)"
            + " ORDER BY name, actor LIMIT ?",
        Actors::actorName,
        like,
        like,
        like,
        limit);
  }

  /**
   * The actor a person means by a name: the one whose name or code is the name (case aside), a
   * state or organisation before a person of the same name; failing one, the first whose name
   * contains it.
   */
  public Optional<ActorName> named(String name) {
    Optional<ActorName> exact =
        sql.one(
            "SELECT actor, kind, id, name, code FROM actor_view"
                + " WHERE lower(name) = lower(?) OR lower(code) = lower(?)"
                + " ORDER BY (lower(name) = lower(?)) DESC, (kind = 'person'), actor LIMIT 1",
            Actors::actorName,
            name,
            name,
            name);
    return exact.or(() -> search(name, 1).stream().findFirst());
  }

  private static ActorName actorName(Sql.Row row) throws SQLException {
    return new ActorName(
        row.text("actor"),
        row.text("kind"),
        row.number("id"),
        row.optionalText("name"),
        row.optionalText("code"));
  }

  /**
   * An actor's name and kind, if there is such an actor.
   *
   * @param actor a key as {@code person:12} or {@code organisation:3}
   */
  public Optional<ActorName> name(String actor) {
    long id = Long.parseLong(actor.substring(actor.indexOf(':') + 1));
    if (actor.startsWith("person:")) {
      return sql.one(
          "SELECT 'person:' || p.id AS actor, 'person' AS kind, p.id,"
              + " actor_name('person:' || p.id) AS name, NULL AS code FROM person p WHERE p.id = ?",
          Actors::actorName,
          id);
    }
    return sql.one(
        "SELECT 'organisation:' || o.id AS actor, o.kind, o.id,"
            + " actor_name('organisation:' || o.id) AS name, o.code FROM organisation o"
            + " WHERE o.id = ?",
        Actors::actorName,
        id);
  }

  /** Everything the actor page shows. */
  public Optional<ActorDetail> one(String actor) {
    return name(actor).map(this::detail);
  }

  private ActorDetail detail(ActorName found) {
    String actor = found.actor();
    boolean person = actor.startsWith("person:");
    Optional<List<Post>> posts = person ? Optional.of(posts(found.id())) : Optional.empty();
    Optional<List<PostHolder>> holders =
        person ? Optional.empty() : Optional.of(holders(found.id()));
    // Every event of the actor once, with its type and date: the counts, the latest of each
    // type, the meetings by year and the timeline all come from this one list, read by the
    // index of the actor's parts.
    List<EventSummary> all =
        sql.list(
            "SELECT e.id, e.type, e.date FROM event_date e"
                + " WHERE e.id IN (SELECT p.event_id FROM event_party p WHERE p.actor = ?)",
            Events::summary,
            actor);
    Map<String, List<EventSummary>> byType = new HashMap<>();
    for (EventSummary e : all) {
      byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
    }
    List<String> types = List.of("meeting", "statement", "agreement", "plan");
    List<Long> shown = new ArrayList<>();
    for (String type : types) {
      byType.getOrDefault(type, List.of()).stream()
          .sorted(LATEST_FIRST)
          .limit(LATEST)
          .forEach(e -> shown.add(e.id()));
    }
    Map<String, List<EventDetail>> details = new HashMap<>();
    for (EventDetail d : events.details(shown)) {
      details.computeIfAbsent(d.type(), t -> new ArrayList<>()).add(d);
    }
    List<EventPage> latest = new ArrayList<>();
    for (String type : types) {
      latest.add(
          new EventPage(
              byType.getOrDefault(type, List.of()).size(),
              LATEST,
              0,
              details.getOrDefault(type, List.of())));
    }
    List<Partner> partners =
        sql.list(
            // From the actor's events to their other parties, by index, rather than joining
            // every party of every event.
            "SELECT q.actor, actor_kind(q.actor) AS kind, actor_name(q.actor) AS name,"
                + " count(*) AS events FROM (SELECT DISTINCT event_id FROM event_party"
                + " WHERE actor = ?) m CROSS JOIN LATERAL (SELECT DISTINCT p.actor"
                + " FROM event_party p WHERE p.event_id = m.event_id"
                + " AND p.actor LIKE 'organisation:%' AND p.actor <> ?) q"
                + " GROUP BY q.actor ORDER BY events DESC, name",
            row ->
                new Partner(
                    row.text("actor"),
                    row.optionalText("kind"),
                    row.optionalText("name"),
                    row.number("events")),
            actor,
            actor);
    Map<String, Long> meetingsByYear = new TreeMap<>();
    for (EventSummary e : byType.getOrDefault("meeting", List.of())) {
      e.date()
          .ifPresent(
              d -> meetingsByYear.merge(d.substring(0, Math.min(4, d.length())), 1L, Long::sum));
    }
    List<MeetingsInYear> contacts =
        meetingsByYear.entrySet().stream()
            .map(y -> new MeetingsInYear(y.getKey(), y.getValue()))
            .toList();
    return new ActorDetail(
        actor,
        found.kind(),
        found.id(),
        found.name(),
        found.code(),
        posts,
        holders,
        latest.get(0),
        latest.get(1),
        latest.get(2),
        latest.get(3),
        partners,
        contacts,
        Events.byMonth(all));
  }

  /**
   * Who held a post of an organisation or was accredited to it, the latest reported first, at most
   * {@link #LATEST} of them.
   */
  private List<PostHolder> holders(long organisation) {
    return sql.list(
        "SELECT h.*, actor_name('person:' || h.person_id) AS name,"
            + " 'organisation:' || h.organisation_id AS organisation,"
            + " 'organisation:' || h.accredited_to_id AS accredited_to,"
            + " actor_name('organisation:' || h.organisation_id) AS organisation_name,"
            + " actor_name('organisation:' || h.accredited_to_id) AS accredited_to_name,"
            + " d.title, left(d.text, 320) AS opening FROM ("
            + "SELECT m.id, m.person_id, m.organisation_id, m.accredited_to_id,"
            + " current_value('membership', m.id, 'post') AS post,"
            + " current_value('membership', m.id, 'period.from') AS period_from,"
            + " current_value('membership', m.id, 'period.to') AS period_to,"
            + " min(d.published) AS first_reported, max(d.published) AS last_reported,"
            + " count(DISTINCT a.document_id) AS sources, (array_agg(a.document_id"
            + " ORDER BY d.published DESC NULLS LAST, d.id))[1] AS document"
            + " FROM membership m JOIN live_assertion a ON a.subject_kind = 'membership'"
            + " AND a.subject_id = m.id JOIN document d ON d.id = a.document_id"
            + " WHERE m.organisation_id = ? OR m.accredited_to_id = ? GROUP BY m.id"
            + " ORDER BY last_reported DESC NULLS LAST, m.id LIMIT ?) h"
            + " JOIN document d ON d.id = h.document"
            + " ORDER BY h.last_reported DESC NULLS LAST, h.id",
        row ->
            new PostHolder(
                "person:" + row.number("person_id"),
                row.optionalText("name"),
                post(row),
                row.text("document"),
                Headings.of(row.optionalText("title"), row.text("opening"))),
        organisation,
        organisation,
        LATEST);
  }

  private List<Post> posts(long person) {
    return sql.list(
        "SELECT m.id, m.post, o.actor AS organisation, o.name AS organisation_name,"
            + " t.actor AS accredited_to, t.name AS accredited_to_name,"
            + " m.first_reported, m.last_reported, m.sources,"
            + " current_value('membership', m.id, 'period.from') AS period_from,"
            + " current_value('membership', m.id, 'period.to') AS period_to"
            + " FROM membership_view m"
            + " LEFT JOIN LATERAL (SELECT 'organisation:' || m.organisation_id AS actor,"
            + " actor_name('organisation:' || m.organisation_id) AS name) o"
            + " ON m.organisation_id IS NOT NULL"
            + " LEFT JOIN LATERAL (SELECT 'organisation:' || m.accredited_to_id AS actor,"
            + " actor_name('organisation:' || m.accredited_to_id) AS name) t"
            + " ON m.accredited_to_id IS NOT NULL"
            + " WHERE m.person_id = ? ORDER BY m.first_reported NULLS LAST, m.id",
        Actors::post,
        person);
  }

  /** A post of a row that names its organisations as the API does ({@code organisation:3}). */
  private static Post post(Sql.Row row) throws SQLException {
    return new Post(
        row.number("id"),
        row.optionalText("post"),
        row.optionalText("organisation"),
        row.optionalText("organisation_name"),
        row.optionalText("accredited_to"),
        row.optionalText("accredited_to_name"),
        row.optionalText("first_reported"),
        row.optionalText("last_reported"),
        row.number("sources"),
        row.optionalText("period_from"),
        row.optionalText("period_to"));
  }
}
