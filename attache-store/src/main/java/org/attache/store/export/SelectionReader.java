package org.attache.store.export;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attache.model.ActorKind;
import org.attache.model.Span;
import org.attache.store.Database;
import org.attache.store.StoreException;
import org.attache.store.query.Sql;

/**
 * Reads what an export holds from the store's views ({@code event_view}, {@code event_field},
 * {@code event_actor_view}, {@code event_area_view}, {@code event_source}, {@code person_view},
 * {@code organisation_view}, {@code membership_view}, {@code agreement_status}, {@code
 * plan_status}), in one repeatable-read transaction so that the tables agree with each other.
 */
public final class SelectionReader {
  private static final String EVENTS =
      "SELECT e.id, e.type, e.date FROM event_view e"
          + " WHERE (CAST(? AS text) IS NULL OR iso_date_last(e.date) >= iso_date_first(?))"
          + " AND (CAST(? AS text) IS NULL OR iso_date_first(e.date) <= iso_date_last(?))"
          + " AND (cardinality(CAST(? AS text[])) = 0 OR e.type = ANY(?))"
          + " AND (CAST(? AS text) IS NULL OR EXISTS (SELECT 1 FROM event_actor_view ea"
          + "   LEFT JOIN person_view p ON p.id = ea.person_id"
          + "   LEFT JOIN organisation_view o"
          + "     ON o.id = ea.organisation_id OR o.id = ea.on_behalf_of_id"
          + "  WHERE ea.event_id = e.id AND (lower(p.name) = lower(?)"
          + "    OR lower(o.name) = lower(?) OR lower(o.code) = lower(?))))"
          + " AND (CAST(? AS text) IS NULL OR EXISTS (SELECT 1 FROM event_area_view x"
          + "  WHERE x.event_id = e.id AND x.area = ?))"
          + " AND NOT EXISTS (SELECT 1 FROM unnest(CAST(? AS text[])) AS k(actor)"
          + "  WHERE NOT EXISTS (SELECT 1 FROM event_party p"
          + "    WHERE p.event_id = e.id AND p.actor = k.actor))"
          + " ORDER BY e.id";

  private final Database database;
  private final Sql sql;

  public SelectionReader(Database database) {
    this.database = requireNonNull(database, "database is null");
    this.sql = Sql.unpooled(database);
  }

  /**
   * The events a filter keeps, with their actors and the posts of their people.
   *
   * @throws StoreException when the store cannot be read
   */
  public Selection read(ExportFilter filter) {
    return sql.snapshot("read the store at " + database.description(), s -> read(s, filter));
  }

  private static Selection read(Sql.Statements connection, ExportFilter filter)
      throws SQLException {
    Map<Long, Head> heads = events(connection, filter);
    Long[] ids = heads.keySet().toArray(Long[]::new);
    Map<Long, Map<String, String>> fields = fields(connection, ids);
    Map<Long, List<StoredLink>> links = links(connection, ids);
    Map<Long, List<String>> areas = areas(connection, ids);
    Map<Long, List<StoredSource>> sources = sources(connection, ids);
    Map<Long, String> statuses = statuses(connection, ids);
    List<StoredEvent> events = new ArrayList<>();
    for (Head head : heads.values()) {
      events.add(
          new StoredEvent(
              head.id(),
              head.type(),
              head.date(),
              new TreeMap<>(fields.getOrDefault(head.id(), Map.of())),
              links.getOrDefault(head.id(), List.of()),
              areas.getOrDefault(head.id(), List.of()),
              sources.getOrDefault(head.id(), List.of()),
              Optional.ofNullable(statuses.get(head.id()))));
    }
    Map<String, StoredActor> everyActor = actors(connection);
    List<StoredMembership> everyMembership = memberships(connection);
    if (filter.keepsAll()) {
      return new Selection(events, everyActor, everyMembership);
    }
    Set<String> kept = new LinkedHashSet<>();
    for (StoredEvent event : events) {
      for (StoredLink link : event.links()) {
        kept.add(link.actor());
        link.onBehalfOf().ifPresent(kept::add);
      }
    }
    List<StoredMembership> memberships = new ArrayList<>();
    for (StoredMembership membership : everyMembership) {
      if (kept.contains(membership.person())) {
        memberships.add(membership);
      }
    }
    for (StoredMembership membership : memberships) {
      membership.organisation().ifPresent(kept::add);
      membership.accreditedTo().ifPresent(kept::add);
    }
    Map<String, StoredActor> actors = new HashMap<>();
    for (String id : kept) {
      Optional.ofNullable(everyActor.get(id)).ifPresent(a -> actors.put(id, a));
    }
    return new Selection(events, actors, memberships);
  }

  /** An event's identity, before its fields are read. */
  private record Head(long id, String type, Optional<String> date) {}

  private static Map<Long, Head> events(Sql.Statements sql, ExportFilter filter)
      throws SQLException {
    Map<Long, Head> heads = new LinkedHashMap<>();
    String from = filter.from().orElse(null);
    String to = filter.to().orElse(null);
    String actor = filter.actor().orElse(null);
    String[] types = filter.types().toArray(String[]::new);
    String area = filter.area().orElse(null);
    sql.forEach(
        EVENTS,
        row -> {
          long id = row.number("id");
          heads.put(id, new Head(id, row.text("type"), row.optionalText("date")));
        },
        from,
        from,
        to,
        to,
        types,
        types,
        actor,
        actor,
        actor,
        actor,
        area,
        area,
        filter.parties().toArray(String[]::new));
    return heads;
  }

  private static Map<Long, Map<String, String>> fields(Sql.Statements sql, Long[] ids)
      throws SQLException {
    Map<Long, Map<String, String>> fields = new HashMap<>();
    sql.forEach(
        "SELECT event_id, field, value FROM event_field"
            + " WHERE event_id = ANY(?) AND value IS NOT NULL AND field <> 'exists'",
        row ->
            fields
                .computeIfAbsent(row.number("event_id"), id -> new TreeMap<>())
                .put(row.text("field"), row.text("value")),
        (Object) ids);
    return fields;
  }

  private static Map<Long, List<StoredLink>> links(Sql.Statements sql, Long[] ids)
      throws SQLException {
    return sql.grouped(
        "SELECT event_id, link, person_id, organisation_id, role, on_behalf_of_id"
            + " FROM event_actor_view WHERE event_id = ANY(?) ORDER BY event_id, id",
        "event_id",
        row -> {
          String link = row.text("link");
          Optional<Long> person = row.optionalNumber("person_id");
          String actor =
              person.isPresent()
                  ? StoredActor.personId(person.get())
                  : StoredActor.organisationId(row.number("organisation_id"));
          // Only participants have roles; the store gives other links their link name as role.
          Optional<String> role = row.optionalText("role").filter(r -> link.equals("participant"));
          Optional<String> onBehalfOf =
              row.optionalNumber("on_behalf_of_id").map(StoredActor::organisationId);
          return new StoredLink(link, actor, role, onBehalfOf);
        },
        (Object) ids);
  }

  private static Map<Long, List<String>> areas(Sql.Statements sql, Long[] ids) throws SQLException {
    return sql.grouped(
        "SELECT event_id, area FROM event_area_view WHERE event_id = ANY(?)"
            + " ORDER BY event_id, area",
        "event_id",
        row -> row.text("area"),
        (Object) ids);
  }

  private static Map<Long, List<StoredSource>> sources(Sql.Statements sql, Long[] ids)
      throws SQLException {
    return sql.grouped(
        "SELECT s.event_id, s.document_id, s.source, d.title, s.published, s.span_start,"
            + " s.span_end, s.confidence FROM event_source s"
            + " JOIN document d ON d.id = s.document_id WHERE s.event_id = ANY(?)"
            + " ORDER BY s.event_id, s.published NULLS LAST, s.source, s.document_id",
        "event_id",
        row -> {
          Optional<Integer> start = row.optionalInteger("span_start");
          Optional<Span> span =
              start.isEmpty()
                  ? Optional.empty()
                  : Optional.of(new Span(start.get(), row.integer("span_end")));
          return new StoredSource(
              row.text("document_id"),
              row.text("source"),
              row.optionalText("title"),
              row.optionalText("published"),
              span,
              row.decimal("confidence"));
        },
        (Object) ids);
  }

  private static Map<Long, String> statuses(Sql.Statements sql, Long[] ids) throws SQLException {
    Map<Long, String> statuses = new HashMap<>();
    sql.forEach(
        "SELECT id, status FROM agreement_status WHERE id = ANY(?) AND status IS NOT NULL"
            + " UNION ALL"
            + " SELECT id, status FROM plan_status WHERE id = ANY(?) AND status IS NOT NULL",
        row -> statuses.put(row.number("id"), row.text("status")),
        ids,
        ids);
    return statuses;
  }

  private static Map<String, StoredActor> actors(Sql.Statements sql) throws SQLException {
    Map<String, StoredActor> actors = new HashMap<>();
    sql.forEach(
        "SELECT id, name FROM person_view",
        row -> {
          String id = StoredActor.personId(row.number("id"));
          actors.put(id, new StoredActor(id, ActorKind.PERSON, row.text("name"), Optional.empty()));
        });
    sql.forEach(
        "SELECT id, kind, code, name FROM organisation_view",
        row -> {
          String id = StoredActor.organisationId(row.number("id"));
          ActorKind kind =
              row.text("kind").equals("state") ? ActorKind.STATE : ActorKind.ORGANISATION;
          Optional<String> code = row.optionalText("code");
          String name = row.optionalText("name").or(() -> code).orElse(id);
          actors.put(id, new StoredActor(id, kind, name, code));
        });
    return actors;
  }

  private static List<StoredMembership> memberships(Sql.Statements sql) throws SQLException {
    return sql.list(
        "SELECT id, person_id, post, organisation_id, accredited_to_id, first_reported,"
            + " last_reported, sources FROM membership_view WHERE post IS NOT NULL"
            + " ORDER BY person_id, first_reported NULLS LAST, id",
        row ->
            new StoredMembership(
                "m" + row.number("id"),
                StoredActor.personId(row.number("person_id")),
                row.text("post"),
                row.optionalNumber("organisation_id").map(StoredActor::organisationId),
                row.optionalNumber("accredited_to_id").map(StoredActor::organisationId),
                row.optionalText("first_reported"),
                row.optionalText("last_reported"),
                row.number("sources")));
  }
}
