package org.attache.store.ingest;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Agreement;
import org.attache.model.Area;
import org.attache.model.DocumentRecord;
import org.attache.model.Establishment;
import org.attache.model.Event;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.model.Place;
import org.attache.model.Plan;
import org.attache.model.Post;
import org.attache.model.Priorities;
import org.attache.model.Span;
import org.attache.model.Statement;
import org.attache.store.merge.Candidate;
import org.attache.store.merge.EventMatcher;
import org.attache.store.merge.Incoming;
import org.attache.store.merge.IsoDates;
import org.attache.store.merge.Keys;

/**
 * Writes the subjects and assertions of one record inside the caller's transaction. One instance
 * per document write.
 */
final class RecordWriter {
  /** The confidence given to what is said of an actor that takes part in no event. */
  static final double ACTOR_CONFIDENCE = 0.5;

  private final Connection connection;
  private final String documentId;
  private final DocumentRecord record;
  private final Map<String, Pending> assertions = new LinkedHashMap<>();
  private final Map<String, StoredActor> actors = new HashMap<>();
  private final Map<String, Long> events = new HashMap<>();
  private final Set<Long> taken = new HashSet<>();
  private final Set<String> copies;
  private final FieldSpans fieldSpans;

  /** An actor of the record as stored: {@code kind} is person or organisation. */
  private record StoredActor(String kind, long id, Actor actor, double confidence) {
    String key() {
      return kind + ":" + id;
    }

    Optional<Span> firstMention() {
      return actor.mentions().stream().sorted().findFirst();
    }

    List<Span> mentions() {
      return actor.mentions().stream().sorted().toList();
    }
  }

  /** One actor's part in an event, before it is stored. */
  private record Link(String link, String actorId, Optional<String> role) {}

  /**
   * @param text the text the extractor read, into which the record's spans point
   * @param published the document's publication date, if known
   * @param copies the stored documents that are near-copies of this one
   */
  RecordWriter(
      Connection connection,
      DocumentRecord record,
      String text,
      Optional<LocalDate> published,
      Set<String> copies) {
    this.connection = connection;
    this.documentId = record.document().id();
    this.record = record;
    this.copies = Set.copyOf(copies);
    this.fieldSpans = new FieldSpans(text, published);
  }

  /** Stores the record's actors, posts and events and returns the assertions to write. */
  List<Pending> write() throws SQLException {
    Map<String, Double> confidence = actorConfidence();
    for (Actor actor : record.actors()) {
      double sure = confidence.getOrDefault(actor.id(), ACTOR_CONFIDENCE);
      storeActor(actor, sure).ifPresent(stored -> actors.put(actor.id(), stored));
    }
    for (StoredActor actor : actors.values()) {
      for (Post post : actor.actor().posts()) {
        storeMembership(actor, post);
      }
    }
    for (Event event : record.events()) {
      storeEvent(event);
    }
    for (Plan plan : record.events(Plan.class)) {
      plan.framework()
          .map(events::get)
          .ifPresent(
              agreement ->
                  assertEvent(events.get(plan.id()), plan, "framework", Long.toString(agreement)));
    }
    return List.copyOf(assertions.values());
  }

  private Map<String, Double> actorConfidence() {
    Map<String, Double> result = new HashMap<>();
    for (Event event : record.events()) {
      for (Link link : links(event)) {
        result.merge(link.actorId(), event.confidence(), Math::max);
      }
    }
    return result;
  }

  /**
   * Stores an actor, or nothing when its name folds to nothing (an honorific alone): the events it
   * takes part in are then stored without it.
   */
  private Optional<StoredActor> storeActor(Actor actor, double confidence) throws SQLException {
    StoredActor stored;
    if (actor.kind() == ActorKind.PERSON) {
      Optional<String> key = Keys.person(actor.name());
      if (key.isEmpty()) {
        return Optional.empty();
      }
      long id = upsertKey("person", "INSERT INTO person (key) VALUES (?)", key.get());
      stored = new StoredActor("person", id, actor, confidence);
    } else {
      Optional<String> key = Keys.organisation(actor.kind(), actor.code(), actor.name());
      if (key.isEmpty()) {
        return Optional.empty();
      }
      long id = upsertOrganisation(actor, key.get());
      stored = new StoredActor("organisation", id, actor, confidence);
      actor.code().ifPresent(code -> assertActor(stored, "code", code));
    }
    assertActor(stored, "name", actor.name());
    return Optional.of(stored);
  }

  private long upsertOrganisation(Actor actor, String key) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO organisation (kind, code, key) VALUES (?, ?, ?)"
                + " ON CONFLICT (key) DO NOTHING RETURNING id")) {
      insert.setString(1, actor.kind() == ActorKind.STATE ? "state" : "organisation");
      insert.setString(2, actor.code().orElse(null));
      insert.setString(3, key);
      Optional<Long> id = firstLong(insert);
      if (id.isPresent()) {
        return id.get();
      }
    }
    return selectId("SELECT id FROM organisation WHERE key = ?", key);
  }

  private long upsertKey(String table, String insertSql, String key) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(insertSql + " ON CONFLICT (key) DO NOTHING RETURNING id")) {
      insert.setString(1, key);
      Optional<Long> id = firstLong(insert);
      if (id.isPresent()) {
        return id.get();
      }
    }
    return selectId("SELECT id FROM " + table + " WHERE key = ?", key);
  }

  /**
   * A post: the same person, title and organisation is one membership. A post that names whom the
   * person is accredited to is kept apart per accreditation; one that does not joins the oldest
   * membership of that person, title and organisation.
   */
  private void storeMembership(StoredActor person, Post post) throws SQLException {
    if (!person.kind().equals("person")) {
      return;
    }
    Optional<Long> of = organisation(post.of());
    Optional<Long> to = organisation(post.to());
    String postKey = Keys.label(post.title());
    if (postKey.isEmpty()) {
      return;
    }
    Optional<Long> id;
    try (PreparedStatement find =
        connection.prepareStatement(
            "SELECT id FROM membership WHERE person_id = ? AND post_key = ?"
                + " AND organisation_id IS NOT DISTINCT FROM ?"
                + (to.isPresent() ? " AND accredited_to_id = ?" : "")
                + " ORDER BY id LIMIT 1")) {
      find.setLong(1, person.id());
      find.setString(2, postKey);
      setLong(find, 3, of);
      if (to.isPresent()) {
        find.setLong(4, to.get());
      }
      id = firstLong(find);
    }
    if (id.isEmpty()) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO membership (person_id, post_key, organisation_id, accredited_to_id)"
                  + " VALUES (?, ?, ?, ?) RETURNING id")) {
        insert.setLong(1, person.id());
        insert.setString(2, postKey);
        setLong(insert, 3, of);
        setLong(insert, 4, to);
        id = firstLong(insert);
      }
    }
    add(
        "membership",
        id.orElseThrow(),
        "post",
        post.title(),
        person.firstMention().stream().toList(),
        person.confidence());
  }

  private Optional<Long> organisation(Optional<String> actorId) {
    return actorId
        .map(actors::get)
        .filter(a -> a.kind().equals("organisation"))
        .map(StoredActor::id);
  }

  private void storeEvent(Event event) throws SQLException {
    String type = event.type();
    Map<String, String> fields = fields(event);
    List<Link> links = new ArrayList<>();
    for (Link link : links(event)) {
      if (actors.containsKey(link.actorId())) {
        links.add(link);
      }
    }
    Set<String> actorKeys = new LinkedHashSet<>();
    for (Link link : links) {
      actorKeys.add(link.link() + "|" + actors.get(link.actorId()).key());
    }
    Optional<String> published = record.document().published().filter(IsoDates::isValid);
    Incoming incoming = new Incoming(type, actorKeys, fields, published);
    Optional<String> anchor = Optional.ofNullable(fields.get("date")).or(() -> published);
    List<Candidate> candidates =
        new Candidates(connection, documentId, copies, taken).find(type, actorKeys, anchor);
    long eventId = EventMatcher.match(incoming, candidates).orElse(-1L);
    if (eventId < 0) {
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO event (type) VALUES (?) RETURNING id")) {
        insert.setString(1, type);
        eventId = firstLong(insert).orElseThrow();
      }
    }
    events.put(event.id(), eventId);
    taken.add(eventId);
    List<Span> evidence = event.evidence();
    add("event", eventId, "exists", type, evidence, event.confidence());
    for (Map.Entry<String, String> field : fields.entrySet()) {
      assertEvent(eventId, event, field.getKey(), field.getValue());
    }
    for (Link link : links) {
      storeLink(eventId, event, link);
    }
    for (Area area : areas(event)) {
      long areaId =
          upsertChild(
              "INSERT INTO event_area (event_id, area) VALUES (?, ?)"
                  + " ON CONFLICT (event_id, area) DO NOTHING RETURNING id",
              "SELECT id FROM event_area WHERE event_id = ? AND area = ?",
              eventId,
              area.code());
      add("event_area", areaId, "area", area.code(), evidence, event.confidence());
    }
  }

  private void storeLink(long eventId, Event event, Link link) throws SQLException {
    StoredActor actor = actors.get(link.actorId());
    long id;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO event_actor (event_id, link, person_id, organisation_id)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (event_id, link, actor) DO NOTHING"
                + " RETURNING id")) {
      insert.setLong(1, eventId);
      insert.setString(2, link.link());
      setLong(
          insert, 3, actor.kind().equals("person") ? Optional.of(actor.id()) : Optional.empty());
      setLong(
          insert,
          4,
          actor.kind().equals("organisation") ? Optional.of(actor.id()) : Optional.empty());
      Optional<Long> inserted = firstLong(insert);
      id =
          inserted.isPresent()
              ? inserted.get()
              : selectId(
                  "SELECT id FROM event_actor WHERE event_id = ? AND link = ? AND actor = ?",
                  eventId,
                  link.link(),
                  actor.key());
    }
    List<Span> span = mentionsIn(actor, event.evidence());
    add("event_actor", id, "role", link.role().orElse(link.link()), span, event.confidence());
    if (actor.kind().equals("person")) {
      for (Post post : actor.actor().posts()) {
        Optional<Long> behalf = organisation(post.of());
        if (behalf.isPresent()) {
          add(
              "event_actor",
              id,
              "on_behalf_of",
              Long.toString(behalf.get()),
              span,
              event.confidence());
          break;
        }
      }
    }
  }

  private long upsertChild(String insertSql, String selectSql, long eventId, String value)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
      insert.setLong(1, eventId);
      insert.setString(2, value);
      Optional<Long> id = firstLong(insert);
      if (id.isPresent()) {
        return id.get();
      }
    }
    return selectId(selectSql, eventId, value);
  }

  /**
   * Where an event names an actor: its mentions inside the event's evidence, else the evidence,
   * else wherever the document mentions it.
   */
  private static List<Span> mentionsIn(StoredActor actor, List<Span> evidence) {
    List<Span> inside = new ArrayList<>();
    for (Span mention : actor.mentions()) {
      if (evidence.stream().anyMatch(e -> e.contains(mention))) {
        inside.add(mention);
      }
    }
    if (!inside.isEmpty()) {
      return inside;
    }
    return evidence.isEmpty() ? actor.mentions() : evidence;
  }

  private void assertActor(StoredActor actor, String field, String value) {
    add(actor.kind(), actor.id(), field, value, actor.mentions(), actor.confidence());
  }

  private void assertEvent(long eventId, Event event, String field, String value) {
    add(
        "event",
        eventId,
        field,
        value,
        fieldSpans.of(event.evidence(), field, value),
        event.confidence());
  }

  /** Keeps the first assertion of each subject and field: a document asserts each only once. */
  private void add(
      String kind, long id, String field, String value, List<Span> spans, double confidence) {
    Pending pending = new Pending(kind, id, field, value, spans, confidence);
    assertions.putIfAbsent(pending.key(), pending);
  }

  private static List<Link> links(Event event) {
    List<Link> links = new ArrayList<>();
    if (event instanceof Meeting meeting) {
      for (Participant p : meeting.participants()) {
        links.add(
            new Link(
                "participant", p.actor(), Optional.of(p.role().name().toLowerCase(Locale.ROOT))));
      }
    } else if (event instanceof Statement statement) {
      links.add(new Link("speaker", statement.speaker(), Optional.empty()));
      statement.about().forEach(a -> links.add(new Link("about", a, Optional.empty())));
    } else if (event instanceof Agreement agreement) {
      agreement.parties().forEach(a -> links.add(new Link("party", a, Optional.empty())));
    } else if (event instanceof Plan plan) {
      plan.parties().forEach(a -> links.add(new Link("party", a, Optional.empty())));
    } else if (event instanceof Priorities priorities) {
      links.add(new Link("actor", priorities.actor(), Optional.empty()));
    } else if (event instanceof Establishment establishment) {
      links.add(new Link("actor", establishment.actor(), Optional.empty()));
      establishment.founders().forEach(a -> links.add(new Link("founder", a, Optional.empty())));
    }
    return links;
  }

  private static List<Area> areas(Event event) {
    if (event instanceof Statement statement) {
      return statement.areas();
    } else if (event instanceof Agreement agreement) {
      return agreement.areas();
    } else if (event instanceof Plan plan) {
      return plan.areas();
    } else if (event instanceof Priorities priorities) {
      return priorities.areas();
    }
    return List.of();
  }

  /** The event's own fields, by the names the store gives them. */
  static Map<String, String> fields(Event event) {
    Map<String, String> fields = new LinkedHashMap<>();
    event.date().filter(IsoDates::isValid).ifPresent(d -> fields.put("date", d));
    event.codes().flatMap(c -> c.cameo()).ifPresent(c -> fields.put("cameo", c));
    event.codes().flatMap(c -> c.plover()).ifPresent(c -> fields.put("plover", c));
    if (event instanceof Meeting meeting) {
      meeting.place().ifPresent(p -> place(p, fields));
      meeting.format().ifPresent(f -> fields.put("format", f.name().toLowerCase(Locale.ROOT)));
    } else if (event instanceof Statement statement) {
      fields.put("stance", statement.stance().code());
      fields.put("text", statement.text());
    } else if (event instanceof Agreement agreement) {
      fields.put("instrument", agreement.instrument().code());
      agreement.title().ifPresent(t -> fields.put("title", t));
      agreement.status().ifPresent(s -> fields.put("status", s.code()));
      agreement.place().ifPresent(p -> place(p, fields));
    } else if (event instanceof Plan plan) {
      plan.title().ifPresent(t -> fields.put("title", t));
      plan.status().ifPresent(s -> fields.put("status", s.code()));
      plan.period().from().filter(IsoDates::isValid).ifPresent(d -> fields.put("period.from", d));
      plan.period().to().filter(IsoDates::isValid).ifPresent(d -> fields.put("period.to", d));
    } else if (event instanceof Priorities priorities) {
      priorities.capacity().ifPresent(c -> fields.put("capacity", c));
      priorities.period().ifPresent(p -> fields.put("period", p));
      fields.put("text", priorities.text());
    } else if (event instanceof Establishment establishment) {
      establishment.occasion().ifPresent(o -> fields.put("occasion", o));
    }
    return fields;
  }

  private static void place(Place place, Map<String, String> fields) {
    place.name().ifPresent(n -> fields.put("place.name", n));
    place.city().ifPresent(c -> fields.put("place.city", c));
    place.country().ifPresent(c -> fields.put("place.country", c));
  }

  private long selectId(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      return firstLong(select)
          .orElseThrow(
              () ->
                  new IllegalStateException("No row for " + sql + " with " + List.of(parameters)));
    }
  }

  static Optional<Long> firstLong(PreparedStatement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery()) {
      return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
    }
  }

  static void setLong(PreparedStatement statement, int index, Optional<Long> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setLong(index, value.get());
    } else {
      statement.setNull(index, Types.BIGINT);
    }
  }

  static Array longs(Connection connection, java.util.Collection<Long> values) throws SQLException {
    return connection.createArrayOf("bigint", values.toArray());
  }
}
