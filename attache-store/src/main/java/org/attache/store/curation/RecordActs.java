package org.attache.store.curation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.model.error.AttacheException;
import org.attache.store.query.Sql;

/** Acts on fields, whole events and documents. */
final class RecordActs {
  private RecordActs() {}

  static Draft correct(
      Sql.Statements sql,
      Effects effects,
      Vocabulary vocabulary,
      String documentId,
      String subject,
      String field,
      String value)
      throws SQLException {
    String[] parts = Subjects.parse(subject);
    String kind = parts[0];
    long id = Long.parseLong(parts[1]);
    if (field == null || !field.matches("[a-z_.]{1,40}")) {
      throw AttacheException.badInput("Not a field name: '" + field + "'");
    }
    if (value == null) {
      throw AttacheException.badInput("A correction needs a 'value'");
    }
    String heading = Subjects.document(sql, documentId);
    String words = Subjects.words(sql, kind, id);
    if (sql.count(
            "SELECT count(*) FROM assertion WHERE document_id = ? AND subject_kind = ?"
                + " AND subject_id = ?",
            documentId,
            kind,
            id)
        == 0) {
      throw AttacheException.badInput("“" + heading + "” says nothing of " + words);
    }
    String organisationKind =
        kind.equals("organisation")
            ? sql.one("SELECT kind FROM organisation WHERE id = ?", r -> r.text("kind"), id)
                .orElse("organisation")
            : "";
    FieldCheck.check(vocabulary, kind, organisationKind, field, value);
    Optional<String> before =
        sql.one(
                "SELECT current_value(?, ?, ?) AS value",
                r -> r.optionalText("value"),
                kind,
                id,
                field)
            .flatMap(v -> v);
    effects.set(documentId, kind, id, field, value, List.of());
    ObjectNode act =
        JsonNodeFactory.instance
            .objectNode()
            .put("document", documentId)
            .put("subject", kind + ":" + id)
            .put("field", field)
            .put("value", value);
    String summary =
        "Corrected "
            + field.replace('_', ' ')
            + " of "
            + words
            + " to “"
            + shortened(value)
            + "”"
            + before.map(b -> " (was “" + shortened(b) + "”)").orElse("");
    Optional<String> actor = Subjects.actor(sql, kind, id);
    return new Draft(act, summary, Set.of(documentId), actor.map(Set::of).orElse(Set.of()));
  }

  static Draft rejectEvent(Sql.Statements sql, Effects effects, long eventId) throws SQLException {
    String words = Subjects.words(sql, "event", eventId);
    List<Long> live =
        sql.ids(
            "SELECT a.id FROM assertion a WHERE a.state <> 'rejected' AND ("
                + " (a.subject_kind = 'event' AND a.subject_id = ?)"
                + " OR (a.subject_kind = 'event_actor' AND a.subject_id IN"
                + " (SELECT id FROM event_actor WHERE event_id = ?))"
                + " OR (a.subject_kind = 'event_area' AND a.subject_id IN"
                + " (SELECT id FROM event_area WHERE event_id = ?))"
                + " OR (a.subject_kind = 'plan_item' AND a.subject_id IN"
                + " (SELECT id FROM plan_item WHERE event_id = ?))) ORDER BY a.id",
            eventId,
            eventId,
            eventId,
            eventId);
    if (live.isEmpty()) {
      throw AttacheException.badInput("The " + words + " is rejected already");
    }
    Set<String> actors =
        new LinkedHashSet<>(
            sql.list(
                "SELECT DISTINCT actor FROM event_actor WHERE event_id = ?",
                r -> r.text("actor"),
                eventId));
    for (long id : live) {
      effects.reject(id);
    }
    ObjectNode act = JsonNodeFactory.instance.objectNode().put("event", eventId);
    return new Draft(act, "Rejected the " + words, Set.of(), actors);
  }

  static Draft notDiplomatic(Sql.Statements sql, Effects effects, String documentId)
      throws SQLException {
    String heading = Subjects.document(sql, documentId);
    silence(sql, effects, documentId);
    if (effects.isEmpty()) {
      throw AttacheException.badInput("“" + heading + "” is marked not diplomatic already");
    }
    ObjectNode act = JsonNodeFactory.instance.objectNode().put("document", documentId);
    return new Draft(act, "Marked “" + heading + "” not diplomatic", Set.of(documentId), Set.of());
  }

  /** Marks a document not diplomatic and rejects everything it says. */
  static void silence(Sql.Statements sql, Effects effects, String documentId) throws SQLException {
    boolean diplomatic =
        sql.one(
                "SELECT diplomatic FROM document WHERE id = ?",
                r -> r.flag("diplomatic"),
                documentId)
            .orElse(false);
    if (diplomatic) {
      effects.diplomatic(documentId, false);
    }
    for (long id :
        sql.ids(
            "SELECT id FROM assertion WHERE document_id = ? AND state <> 'rejected' ORDER BY id",
            documentId)) {
      effects.reject(id);
    }
  }

  static String shortened(String value) {
    return value.length() <= 80 ? value : value.substring(0, 79) + "…";
  }
}
