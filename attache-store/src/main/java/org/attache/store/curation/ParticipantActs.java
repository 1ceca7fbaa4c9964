package org.attache.store.curation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.model.error.AttacheException;
import org.attache.store.query.Sql;

/** Acts on the parts actors take in events: who took part, and in which role. */
final class ParticipantActs {
  /** The roles each link of an actor to an event may have. */
  private static final Map<String, List<String>> ROLES =
      Map.of(
          "participant", List.of("host", "guest", "participant"),
          "party", List.of("party"),
          "speaker", List.of("speaker"),
          "about", List.of("about"),
          "actor", List.of("actor"),
          "founder", List.of("founder"));

  /** The links each type of event has. */
  private static final Map<String, List<String>> LINKS =
      Map.of(
          "meeting", List.of("participant"),
          "statement", List.of("speaker", "about"),
          "agreement", List.of("party"),
          "plan", List.of("party"),
          "priorities", List.of("actor"),
          "establishment", List.of("actor", "founder"));

  private ParticipantActs() {}

  static Draft add(
      Sql.Statements sql,
      Effects effects,
      long eventId,
      String documentId,
      String actor,
      String role)
      throws SQLException {
    String type =
        sql.one("SELECT type FROM event WHERE id = ?", r -> r.text("type"), eventId)
            .orElseThrow(() -> AttacheException.notFound("No event " + eventId));
    String heading = Subjects.document(sql, documentId);
    if (sql.count(
            "SELECT count(*) FROM assertion WHERE document_id = ? AND subject_kind = 'event'"
                + " AND subject_id = ? AND field = 'exists' AND state <> 'rejected'",
            documentId,
            eventId)
        == 0) {
      throw AttacheException.badInput("“" + heading + "” does not report " + type + " " + eventId);
    }
    StoredActor stored = StoredActor.of(sql, actor);
    String link =
        LINKS.get(type).stream()
            .filter(l -> ROLES.get(l).contains(role))
            .findFirst()
            .orElseThrow(
                () ->
                    AttacheException.badInput(
                        "A "
                            + type
                            + "'s parts are "
                            + LINKS.get(type).stream().flatMap(l -> ROLES.get(l).stream()).toList()
                            + ", not '"
                            + role
                            + "'"));
    String column = stored.table() + "_id";
    Optional<Long> found =
        sql.firstId(
            "SELECT id FROM event_actor WHERE event_id = ? AND link = ? AND " + column + " = ?",
            eventId,
            link,
            stored.id());
    long part =
        found.isPresent()
            ? found.get()
            : sql.firstId(
                    "INSERT INTO event_actor (event_id, link, "
                        + column
                        + ") VALUES (?, ?, ?) RETURNING id",
                    eventId,
                    link,
                    stored.id())
                .orElseThrow();
    effects.set(documentId, "event_actor", part, "role", role, List.of());
    ObjectNode act =
        JsonNodeFactory.instance
            .objectNode()
            .put("event", eventId)
            .put("document", documentId)
            .put("actor", stored.ref())
            .put("role", role)
            .put("part", part);
    return new Draft(
        act,
        "Added " + stored.name() + " to " + type + " " + eventId + " as " + role,
        Set.of(documentId),
        Set.of(stored.ref()));
  }

  static Draft remove(Sql.Statements sql, Effects effects, long partId) throws SQLException {
    String words = Subjects.words(sql, "event_actor", partId);
    String actor = Subjects.actor(sql, "event_actor", partId).orElseThrow();
    List<Long> live =
        sql.ids(
            "SELECT id FROM assertion WHERE subject_kind = 'event_actor' AND subject_id = ?"
                + " AND state <> 'rejected' ORDER BY id",
            partId);
    if (live.isEmpty()) {
      throw AttacheException.badInput("The " + words + " is removed already");
    }
    for (long id : live) {
      effects.reject(id);
    }
    ObjectNode act = JsonNodeFactory.instance.objectNode().put("part", partId);
    return new Draft(act, "Removed the " + words, Set.of(), Set.of(actor));
  }

  static Draft role(Sql.Statements sql, Effects effects, long partId, String role)
      throws SQLException {
    String words = Subjects.words(sql, "event_actor", partId);
    String actor = Subjects.actor(sql, "event_actor", partId).orElseThrow();
    String link =
        sql.one("SELECT link FROM event_actor WHERE id = ?", r -> r.text("link"), partId)
            .orElseThrow();
    if (!ROLES.get(link).contains(role)) {
      throw AttacheException.badInput(
          "A " + link + "'s role is one of " + ROLES.get(link) + ", not '" + role + "'");
    }
    List<Long> roles =
        sql.ids(
            "SELECT id FROM assertion WHERE subject_kind = 'event_actor' AND subject_id = ?"
                + " AND field = 'role' AND state <> 'rejected' ORDER BY id",
            partId);
    if (roles.isEmpty()) {
      throw AttacheException.badInput("The " + words + " is removed; add it again instead");
    }
    for (long id : roles) {
      effects.correct(id, role);
    }
    ObjectNode act = JsonNodeFactory.instance.objectNode().put("part", partId).put("role", role);
    return new Draft(act, "Made the " + words + " " + role, Set.of(), Set.of(actor));
  }
}
