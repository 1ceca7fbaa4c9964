package org.attache.store.curation;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.attache.model.error.AttacheException;
import org.attache.store.query.Sql;

/** The subjects of fields as acts name them and as their summaries write them. */
final class Subjects {
  static final Set<String> KINDS =
      Set.of(
          "person",
          "organisation",
          "membership",
          "event",
          "event_actor",
          "event_area",
          "plan_item");

  private Subjects() {}

  /** A subject of the API, {@code event:14}, as {kind, id}. */
  static String[] parse(String subject) {
    String[] parts = subject == null ? new String[0] : subject.split(":", 2);
    if (parts.length != 2 || !KINDS.contains(parts[0]) || !parts[1].matches("[0-9]{1,18}")) {
      throw AttacheException.badInput(
          "A subject is KIND:ID, KIND one of "
              + new java.util.TreeSet<>(KINDS)
              + ": '"
              + subject
              + "'");
    }
    return parts;
  }

  /** A subject in words: "meeting 14", "Lina Hartono", "post of Lina Hartono". */
  static String words(Sql.Statements sql, String kind, long id) throws SQLException {
    String query =
        switch (kind) {
          case "event" -> "SELECT type || ' ' || id AS words FROM event WHERE id = ?";
          case "person", "organisation" ->
              "SELECT coalesce(actor_name('"
                  + kind
                  + ":' || id), '"
                  + kind
                  + " ' || id) AS words FROM "
                  + kind
                  + " WHERE id = ?";
          case "membership" ->
              "SELECT 'post of ' || actor_name('person:' || person_id) AS words"
                  + " FROM membership WHERE id = ?";
          case "event_actor" ->
              "SELECT 'part of ' || coalesce(actor_name(actor), actor) || ' in event '"
                  + " || event_id AS words FROM event_actor WHERE id = ?";
          case "event_area" ->
              "SELECT 'area ' || area || ' of event ' || event_id AS words"
                  + " FROM event_area WHERE id = ?";
          default -> "SELECT 'plan item ' || id AS words FROM plan_item WHERE id = ?";
        };
    return sql.one(query, r -> r.text("words"), id)
        .orElseThrow(() -> AttacheException.notFound("No " + kind + " " + id));
  }

  /** The actor a subject is or concerns: the person of a post, the actor of a part. */
  static Optional<String> actor(Sql.Statements sql, String kind, long id) throws SQLException {
    return switch (kind) {
      case "person", "organisation" -> Optional.of(kind + ":" + id);
      case "membership" ->
          sql.one(
              "SELECT 'person:' || person_id AS actor FROM membership WHERE id = ?",
              r -> r.text("actor"),
              id);
      case "event_actor" ->
          sql.one("SELECT actor FROM event_actor WHERE id = ?", r -> r.text("actor"), id);
      default -> Optional.empty();
    };
  }

  /** The document's heading for summaries: its title, else its id's start. */
  static String document(Sql.Statements sql, String documentId) throws SQLException {
    return sql.one(
            "SELECT coalesce(title, 'document ' || left(id, 8)) AS heading FROM document"
                + " WHERE id = ?",
            r -> r.text("heading"),
            documentId)
        .orElseThrow(() -> AttacheException.notFound("No document " + documentId));
  }
}
