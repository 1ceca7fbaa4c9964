package org.attache.store.ingest;

import java.sql.SQLException;
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
import org.attache.model.Area;
import org.attache.model.DocumentRecord;
import org.attache.model.Event;
import org.attache.model.EventLink;
import org.attache.model.Plan;
import org.attache.model.Post;
import org.attache.model.Span;
import org.attache.store.curation.Redirects;
import org.attache.store.merge.Candidate;
import org.attache.store.merge.EventMatcher;
import org.attache.store.merge.Incoming;
import org.attache.store.merge.IsoDates;
import org.attache.store.merge.Keys;
import org.attache.store.query.Sql;

/**
 * Writes the subjects and assertions of one record inside the caller's transaction. One instance
 * per document write.
 */
final class RecordWriter {
  /** The confidence given to what is said of an actor that takes part in no event. */
  static final double ACTOR_CONFIDENCE = 0.5;

  private final Sql.Statements sql;
  private final Ids ids;
  private final String documentId;
  private final DocumentRecord record;
  private final Map<String, Pending> assertions = new LinkedHashMap<>();
  private final Map<String, StoredActor> actors = new HashMap<>();
  private final Map<String, Long> events = new HashMap<>();
  private final Set<Long> taken = new HashSet<>();
  private final Set<String> copies;
  private Boolean redirects;

  /** The fields that hold an ISO date. */
  private static final List<String> DATED_FIELDS = List.of("date", "period.from", "period.to");

  private final FieldSources fieldSources;

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

  /**
   * @param fieldSources which evidence sentences each field was read from
   * @param copies the stored documents that are near-copies of this one
   */
  RecordWriter(
      Sql.Statements sql, DocumentRecord record, FieldSources fieldSources, Set<String> copies) {
    this.sql = sql;
    this.ids = new Ids(sql);
    this.documentId = record.document().id();
    this.record = record;
    this.copies = Set.copyOf(copies);
    this.fieldSources = fieldSources;
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
      for (EventLink link : event.links()) {
        result.merge(link.actor(), event.confidence(), Math::max);
      }
    }
    return result;
  }

  /**
   * Stores an actor, or nothing when its name folds to nothing (an honorific alone): the events it
   * takes part in are then stored without it. A person is keyed by the English spelling of their
   * name where the record gives one ({@code name_en}), else by the name, so that "Нурлан Ермекбаев"
   * (Nurlan Yermekbayev) of a Russian text and "Nurlan Yermekbayev" of an English one are one
   * person; each document's spelling is asserted as the person's {@code name}, and the English one
   * as {@code name_en}.
   */
  private Optional<StoredActor> storeActor(Actor actor, double confidence) throws SQLException {
    StoredActor stored;
    if (actor.kind() == ActorKind.PERSON) {
      Optional<String> key = Keys.person(actor.nameEn().orElse(actor.name()));
      if (key.isEmpty()) {
        return Optional.empty();
      }
      Optional<Long> redirected = redirected("person", key.get());
      long id =
          redirected.isPresent()
              ? redirected.get()
              : ids.upsertKey("person", "INSERT INTO person (key) VALUES (?)", key.get());
      stored = new StoredActor("person", id, actor, confidence);
    } else {
      Optional<String> key = Keys.organisation(actor.kind(), actor.code(), actor.name());
      if (key.isEmpty()) {
        return Optional.empty();
      }
      Optional<Long> redirected = redirected("organisation", key.get());
      long id = redirected.isPresent() ? redirected.get() : upsertOrganisation(actor, key.get());
      stored = new StoredActor("organisation", id, actor, confidence);
      actor.code().ifPresent(code -> assertActor(stored, "code", code));
    }
    assertActor(stored, "name", actor.name());
    actor.nameEn().ifPresent(english -> assertActor(stored, "name_en", english));
    return Optional.of(stored);
  }

  /** Where an editor's merge or split sends an actor key, if anywhere. */
  private Optional<Long> redirected(String kind, String key) throws SQLException {
    if (redirects == null) {
      redirects = Redirects.any(sql);
    }
    return redirects ? Redirects.resolve(sql, kind, key, documentId) : Optional.empty();
  }

  private long upsertOrganisation(Actor actor, String key) throws SQLException {
    Optional<Long> id =
        sql.firstId(
            "INSERT INTO organisation (kind, code, key) VALUES (?, ?, ?)"
                + " ON CONFLICT (key) DO NOTHING RETURNING id",
            actor.kind() == ActorKind.STATE ? "state" : "organisation",
            actor.code().orElse(null),
            key);
    return id.isPresent()
        ? id.get()
        : ids.selectId("SELECT id FROM organisation WHERE key = ?", key);
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
    List<Object> found = new ArrayList<>(List.of(person.id(), postKey));
    found.add(of.orElse(null));
    to.ifPresent(found::add);
    Optional<Long> id =
        sql.firstId(
            "SELECT id FROM membership WHERE person_id = ? AND post_key = ?"
                + " AND organisation_id IS NOT DISTINCT FROM ?"
                + (to.isPresent() ? " AND accredited_to_id = ?" : "")
                + " ORDER BY id LIMIT 1",
            found.toArray());
    if (id.isEmpty()) {
      id =
          sql.firstId(
              "INSERT INTO membership (person_id, post_key, organisation_id, accredited_to_id)"
                  + " VALUES (?, ?, ?, ?) RETURNING id",
              person.id(),
              postKey,
              of.orElse(null),
              to.orElse(null));
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
    Map<String, String> fields = storedFields(event);
    List<EventLink> links = new ArrayList<>();
    for (EventLink link : event.links()) {
      if (actors.containsKey(link.actor())) {
        links.add(link);
      }
    }
    Set<String> actorKeys = new LinkedHashSet<>();
    for (EventLink link : links) {
      actorKeys.add(link.link() + "|" + actors.get(link.actor()).key());
    }
    Optional<String> published = record.document().published().filter(IsoDates::isValid);
    Incoming incoming = new Incoming(type, actorKeys, fields, published);
    Optional<String> anchor = Optional.ofNullable(fields.get("date")).or(() -> published);
    List<Candidate> candidates =
        new Candidates(sql, documentId, copies, taken).find(type, actorKeys, anchor);
    long eventId = EventMatcher.match(incoming, candidates).orElse(-1L);
    if (eventId < 0) {
      eventId = ids.selectId("INSERT INTO event (type) VALUES (?) RETURNING id", type);
    }
    events.put(event.id(), eventId);
    taken.add(eventId);
    List<Span> evidence = event.evidence();
    add("event", eventId, "exists", type, evidence, event.confidence());
    for (Map.Entry<String, String> field : fields.entrySet()) {
      assertEvent(eventId, event, field.getKey(), field.getValue());
    }
    for (EventLink link : links) {
      storeLink(eventId, event, link);
    }
    for (Area area : event.areas()) {
      long areaId =
          ids.upsert(
              "INSERT INTO event_area (event_id, area) VALUES (?, ?)"
                  + " ON CONFLICT (event_id, area) DO NOTHING RETURNING id",
              "SELECT id FROM event_area WHERE event_id = ? AND area = ?",
              eventId,
              area.code());
      add("event_area", areaId, "area", area.code(), evidence, event.confidence());
    }
  }

  /** The event's fields, but for a date PostgreSQL cannot hold (a year beyond its range). */
  static Map<String, String> storedFields(Event event) {
    Map<String, String> fields = new LinkedHashMap<>(event.fields());
    for (String dated : DATED_FIELDS) {
      if (fields.containsKey(dated) && !IsoDates.isValid(fields.get(dated))) {
        fields.remove(dated);
      }
    }
    return fields;
  }

  private void storeLink(long eventId, Event event, EventLink link) throws SQLException {
    StoredActor actor = actors.get(link.actor());
    Optional<Long> inserted =
        sql.firstId(
            "INSERT INTO event_actor (event_id, link, person_id, organisation_id)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (event_id, link, actor) DO NOTHING"
                + " RETURNING id",
            eventId,
            link.link(),
            actor.kind().equals("person") ? actor.id() : null,
            actor.kind().equals("organisation") ? actor.id() : null);
    long id =
        inserted.isPresent()
            ? inserted.get()
            : ids.selectId(
                "SELECT id FROM event_actor WHERE event_id = ? AND link = ? AND actor = ?",
                eventId,
                link.link(),
                actor.key());
    List<Span> span = mentionsIn(actor, event.evidence());
    add(
        "event_actor",
        id,
        "role",
        link.role().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse(link.link()),
        span,
        event.confidence());
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
        fieldSources.of(event.evidence(), field, value),
        event.confidence());
  }

  /** Keeps the first assertion of each subject and field: a document asserts each only once. */
  private void add(
      String kind, long id, String field, String value, List<Span> spans, double confidence) {
    Pending pending = new Pending(kind, id, field, value, spans, confidence);
    assertions.putIfAbsent(pending.key(), pending);
  }
}
