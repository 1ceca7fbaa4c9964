package org.attache.store.export;

import static java.util.Objects.requireNonNull;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

  public SelectionReader(Database database) {
    this.database = requireNonNull(database, "database is null");
  }

  /**
   * The events a filter keeps, with their actors and the posts of their people.
   *
   * @throws StoreException when the store cannot be read
   */
  public Selection read(ExportFilter filter) {
    try (Connection connection = database.connect()) {
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      try {
        return read(connection, filter);
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot read the store at " + database.description() + ": " + e, e);
    }
  }

  private static Selection read(Connection connection, ExportFilter filter) throws SQLException {
    Map<Long, Head> heads = events(connection, filter);
    Array ids = connection.createArrayOf("bigint", heads.keySet().toArray());
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

  private static Map<Long, Head> events(Connection connection, ExportFilter filter)
      throws SQLException {
    Map<Long, Head> heads = new LinkedHashMap<>();
    try (PreparedStatement select = connection.prepareStatement(EVENTS)) {
      String from = filter.from().orElse(null);
      String to = filter.to().orElse(null);
      String actor = filter.actor().orElse(null);
      Array types = connection.createArrayOf("text", filter.types().toArray());
      select.setString(1, from);
      select.setString(2, from);
      select.setString(3, to);
      select.setString(4, to);
      select.setArray(5, types);
      select.setArray(6, types);
      for (int i = 7; i <= 10; i++) {
        select.setString(i, actor);
      }
      String area = filter.area().orElse(null);
      select.setString(11, area);
      select.setString(12, area);
      select.setArray(13, connection.createArrayOf("text", filter.parties().toArray()));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          long id = rows.getLong(1);
          heads.put(id, new Head(id, rows.getString(2), Optional.ofNullable(rows.getString(3))));
        }
      }
    }
    return heads;
  }

  private static Map<Long, Map<String, String>> fields(Connection connection, Array ids)
      throws SQLException {
    Map<Long, Map<String, String>> fields = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT event_id, field, value FROM event_field"
                + " WHERE event_id = ANY(?) AND value IS NOT NULL AND field <> 'exists'")) {
      select.setArray(1, ids);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          fields
              .computeIfAbsent(rows.getLong(1), id -> new TreeMap<>())
              .put(rows.getString(2), rows.getString(3));
        }
      }
    }
    return fields;
  }

  private static Map<Long, List<StoredLink>> links(Connection connection, Array ids)
      throws SQLException {
    Map<Long, List<StoredLink>> links = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT event_id, link, person_id, organisation_id, role, on_behalf_of_id"
                + " FROM event_actor_view WHERE event_id = ANY(?) ORDER BY event_id, id")) {
      select.setArray(1, ids);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          String link = rows.getString(2);
          long person = rows.getLong(3);
          String actor =
              rows.wasNull()
                  ? StoredActor.organisationId(rows.getLong(4))
                  : StoredActor.personId(person);
          // Only participants have roles; the store gives other links their link name as role.
          Optional<String> role =
              Optional.ofNullable(rows.getString(5)).filter(r -> link.equals("participant"));
          long behalf = rows.getLong(6);
          Optional<String> onBehalfOf =
              rows.wasNull() ? Optional.empty() : Optional.of(StoredActor.organisationId(behalf));
          links
              .computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
              .add(new StoredLink(link, actor, role, onBehalfOf));
        }
      }
    }
    return links;
  }

  private static Map<Long, List<String>> areas(Connection connection, Array ids)
      throws SQLException {
    Map<Long, List<String>> areas = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT event_id, area FROM event_area_view WHERE event_id = ANY(?)"
                + " ORDER BY event_id, area")) {
      select.setArray(1, ids);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          areas.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
        }
      }
    }
    return areas;
  }

  private static Map<Long, List<StoredSource>> sources(Connection connection, Array ids)
      throws SQLException {
    Map<Long, List<StoredSource>> sources = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT s.event_id, s.document_id, s.source, d.title, s.published, s.span_start,"
                + " s.span_end, s.confidence FROM event_source s"
                + " JOIN document d ON d.id = s.document_id WHERE s.event_id = ANY(?)"
                + " ORDER BY s.event_id, s.published NULLS LAST, s.source, s.document_id")) {
      select.setArray(1, ids);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          int start = rows.getInt(6);
          Optional<Span> span =
              rows.wasNull() ? Optional.empty() : Optional.of(new Span(start, rows.getInt(7)));
          sources
              .computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
              .add(
                  new StoredSource(
                      rows.getString(2),
                      rows.getString(3),
                      Optional.ofNullable(rows.getString(4)),
                      Optional.ofNullable(rows.getString(5)),
                      span,
                      rows.getDouble(8)));
        }
      }
    }
    return sources;
  }

  private static Map<Long, String> statuses(Connection connection, Array ids) throws SQLException {
    Map<Long, String> statuses = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, status FROM agreement_status WHERE id = ANY(?) AND status IS NOT NULL"
                + " UNION ALL"
                + " SELECT id, status FROM plan_status WHERE id = ANY(?) AND status IS NOT NULL")) {
      select.setArray(1, ids);
      select.setArray(2, ids);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          statuses.put(rows.getLong(1), rows.getString(2));
        }
      }
    }
    return statuses;
  }

  private static Map<String, StoredActor> actors(Connection connection) throws SQLException {
    Map<String, StoredActor> actors = new HashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement("SELECT id, name FROM person_view");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        String id = StoredActor.personId(rows.getLong(1));
        actors.put(id, new StoredActor(id, ActorKind.PERSON, rows.getString(2), Optional.empty()));
      }
    }
    try (PreparedStatement select =
            connection.prepareStatement("SELECT id, kind, code, name FROM organisation_view");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        String id = StoredActor.organisationId(rows.getLong(1));
        ActorKind kind =
            rows.getString(2).equals("state") ? ActorKind.STATE : ActorKind.ORGANISATION;
        Optional<String> code = Optional.ofNullable(rows.getString(3));
        String name = Optional.ofNullable(rows.getString(4)).or(() -> code).orElse(id);
        actors.put(id, new StoredActor(id, kind, name, code));
      }
    }
    return actors;
  }

  private static List<StoredMembership> memberships(Connection connection) throws SQLException {
    List<StoredMembership> memberships = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, person_id, post, organisation_id, accredited_to_id, first_reported,"
                    + " last_reported, sources FROM membership_view WHERE post IS NOT NULL"
                    + " ORDER BY person_id, first_reported NULLS LAST, id");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        long organisation = rows.getLong(4);
        Optional<String> of =
            rows.wasNull()
                ? Optional.empty()
                : Optional.of(StoredActor.organisationId(organisation));
        long accredited = rows.getLong(5);
        Optional<String> to =
            rows.wasNull() ? Optional.empty() : Optional.of(StoredActor.organisationId(accredited));
        memberships.add(
            new StoredMembership(
                "m" + rows.getLong(1),
                StoredActor.personId(rows.getLong(2)),
                rows.getString(3),
                of,
                to,
                Optional.ofNullable(rows.getString(6)),
                Optional.ofNullable(rows.getString(7)),
                rows.getLong(8)));
      }
    }
    return memberships;
  }
}
