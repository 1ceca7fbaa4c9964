package org.attache.store.ingest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.attache.store.merge.Candidate;
import org.attache.store.merge.EventMatcher;
import org.attache.store.merge.IsoDates;
import org.attache.store.query.Sql;

/**
 * Finds the stored events an incoming one might be: the events its own document reported before,
 * the events of its type that near-copies of its document report, and events of its type that other
 * documents report with its actors: for meetings, sharing an actor and dated near it; for
 * statements, of the same speaker and dated near it; for agreements, with all its parties. Events
 * that another event of the document has taken already are left out.
 *
 * <p>A candidate's actors and fields are those of its reports that count (not rejected), and what
 * the incoming event's own document said of it before whatever a reviewer decided: a re-extraction
 * then finds the event it reported even when a reviewer has corrected its date or stance, or
 * rejected one of its parts, and the reviewed fields stay with their event.
 */
final class Candidates {
  private final Sql.Statements sql;
  private final String documentId;
  private final Set<String> copies;
  private final Set<Long> taken;

  /**
   * @param copies the stored documents that are near-copies of this one
   * @param taken the stored events that other events of this document are already
   */
  Candidates(Sql.Statements sql, String documentId, Set<String> copies, Set<Long> taken) {
    this.sql = sql;
    this.documentId = documentId;
    this.copies = copies;
    this.taken = taken;
  }

  /**
   * The candidates of an event.
   *
   * @param anchor for a meeting or statement, its date, or failing one the publication date of its
   *     document
   */
  List<Candidate> find(String type, Set<String> actorKeys, Optional<String> anchor)
      throws SQLException {
    Set<Long> ids = new TreeSet<>();
    Set<Long> own = ownEvents(type);
    ids.addAll(own);
    Set<Long> copied = copies.isEmpty() ? Set.of() : copiedEvents(type);
    ids.addAll(copied);
    switch (type) {
      case "meeting" -> {
        if (anchor.isPresent() && !actorKeys.isEmpty()) {
          ids.addAll(sharingActors(type, actorKeys, anchor.get()));
        }
      }
      case "statement" -> {
        Set<String> speakers = linked(actorKeys, "speaker");
        if (anchor.isPresent() && !speakers.isEmpty()) {
          ids.addAll(sharingActors(type, speakers, anchor.get()));
        }
      }
      case "agreement", "plan" -> {
        Set<String> parties = linked(actorKeys, "party");
        if (!parties.isEmpty()) {
          ids.addAll(withEveryParty(type, parties));
        }
      }
      default -> {}
    }
    ids.removeAll(taken);
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Set<String>> actors = actors(ids);
    Map<Long, Map<String, Set<String>>> fields = fields(ids);
    Map<Long, Set<String>> published = published(ids);
    List<Candidate> result = new ArrayList<>();
    for (long id : ids) {
      result.add(
          new Candidate(
              id,
              actors.getOrDefault(id, Set.of()),
              fields.getOrDefault(id, Map.of()),
              own.contains(id),
              published.getOrDefault(id, Set.of()),
              copied.contains(id)));
    }
    return result;
  }

  private static Set<String> linked(Set<String> actorKeys, String link) {
    Set<String> result = new LinkedHashSet<>();
    for (String key : actorKeys) {
      if (key.startsWith(link + "|")) {
        result.add(key);
      }
    }
    return result;
  }

  private Set<Long> copiedEvents(String type) throws SQLException {
    return longs(
        "SELECT DISTINCT a.subject_id FROM assertion a JOIN event e ON e.id = a.subject_id"
            + " WHERE a.document_id = ANY (?) AND a.subject_kind = 'event'"
            + " AND a.field = 'exists' AND a.state <> 'rejected' AND e.type = ?",
        copies.toArray(String[]::new),
        type);
  }

  /** Agreements that have every one of the parties (and maybe more). */
  private Set<Long> withEveryParty(String type, Set<String> parties) throws SQLException {
    return longs(
        "SELECT ea.event_id FROM event_actor ea JOIN event e ON e.id = ea.event_id"
            + " WHERE e.type = ? AND ea.link = 'party' AND ea.actor = ANY (?)"
            + " GROUP BY ea.event_id HAVING count(DISTINCT ea.actor) = ?",
        type,
        keys(parties).toArray(String[]::new),
        parties.size());
  }

  private static Set<String> keys(Set<String> actorKeys) {
    Set<String> keys = new LinkedHashSet<>();
    for (String linked : actorKeys) {
      keys.add(linked.substring(linked.indexOf('|') + 1));
    }
    return keys;
  }

  private Set<Long> ownEvents(String type) throws SQLException {
    return longs(
        "SELECT DISTINCT a.subject_id FROM assertion a JOIN event e ON e.id = a.subject_id"
            + " WHERE a.document_id = ? AND a.subject_kind = 'event' AND e.type = ?",
        documentId,
        type);
  }

  /** Events of the type that share an actor and whose date, or a source's publication, is near. */
  private Set<Long> sharingActors(String type, Set<String> actorKeys, String date)
      throws SQLException {
    StringBuilder query =
        new StringBuilder(
            "SELECT DISTINCT ea.event_id FROM event_actor ea JOIN event e ON e.id = ea.event_id"
                + " WHERE e.type = ? AND ea.actor = ANY (?)");
    // A date of the event near the anchor, or a source published near it.
    query
        .append(" AND (EXISTS (SELECT 1 FROM assertion a WHERE a.subject_kind = 'event'")
        .append(" AND a.field = 'date' AND a.subject_id = ea.event_id")
        .append(" AND a.state <> 'rejected' AND ")
        .append(near("a.value", date))
        .append(") OR EXISTS (SELECT 1 FROM assertion a JOIN document d")
        .append(" ON d.id = a.document_id WHERE a.subject_kind = 'event'")
        .append(" AND a.field = 'exists' AND a.subject_id = ea.event_id")
        .append(" AND a.state <> 'rejected' AND ")
        .append(near("d.published", date))
        .append("))");
    List<Object> parameters = new ArrayList<>();
    parameters.add(type);
    parameters.add(keys(actorKeys).toArray(String[]::new));
    for (int arm = 0; arm < 2; arm++) {
      parameters.add(IsoDates.prefixes(date).toArray(String[]::new));
      parameters.add(date + "%");
      if (date.length() == 10) {
        parameters.addAll(IsoDates.window(date, EventMatcher.WINDOW_DAYS).subList(0, 2));
      }
    }
    return longs(query.toString(), parameters.toArray());
  }

  /** A condition that a date column is compatible with {@code date}: its parameters follow. */
  private static String near(String column, String date) {
    String condition = "(" + column + " = ANY (?) OR " + column + " LIKE ?";
    if (date.length() == 10) {
      condition += " OR " + column + " BETWEEN ? AND ?";
    }
    return condition + ")";
  }

  private Map<Long, Set<String>> published(Set<Long> ids) throws SQLException {
    Map<Long, Set<String>> result = new HashMap<>();
    sql.forEach(
        "SELECT a.subject_id, d.published FROM assertion a JOIN document d"
            + " ON d.id = a.document_id WHERE a.subject_kind = 'event' AND a.field = 'exists'"
            + " AND a.subject_id = ANY (?) AND a.state <> 'rejected'"
            + " AND d.published IS NOT NULL",
        row ->
            result
                .computeIfAbsent(row.number("subject_id"), k -> new HashSet<>())
                .add(row.text("published")),
        (Object) ids.toArray(Long[]::new));
    return result;
  }

  private Map<Long, Set<String>> actors(Set<Long> ids) throws SQLException {
    Map<Long, Set<String>> result = new HashMap<>();
    sql.forEach(
        "SELECT ea.event_id, ea.link, ea.actor FROM event_actor ea"
            + " WHERE ea.event_id = ANY (?) AND EXISTS (SELECT 1 FROM assertion a"
            + " WHERE a.subject_kind = 'event_actor' AND a.subject_id = ea.id"
            + " AND (a.state <> 'rejected' OR a.document_id = ?))",
        row ->
            result
                .computeIfAbsent(row.number("event_id"), k -> new HashSet<>())
                .add(row.text("link") + "|" + row.text("actor")),
        ids.toArray(Long[]::new),
        documentId);
    return result;
  }

  private Map<Long, Map<String, Set<String>>> fields(Set<Long> ids) throws SQLException {
    Map<Long, Map<String, Set<String>>> result = new HashMap<>();
    Long[] array = ids.toArray(Long[]::new);
    sql.forEach(
        "SELECT subject_id, field, value FROM assertion WHERE subject_kind = 'event'"
            + " AND subject_id = ANY (?) AND state <> 'rejected' AND value IS NOT NULL"
            + " UNION SELECT subject_id, field, machine_value FROM assertion"
            + " WHERE subject_kind = 'event' AND subject_id = ANY (?) AND document_id = ?"
            + " AND machine_value IS NOT NULL",
        row ->
            result
                .computeIfAbsent(row.number("subject_id"), k -> new HashMap<>())
                .computeIfAbsent(row.text("field"), k -> new HashSet<>())
                .add(row.text("value")),
        array,
        array,
        documentId);
    return result;
  }

  private Set<Long> longs(String query, Object... parameters) throws SQLException {
    return new TreeSet<>(sql.ids(query, parameters));
  }
}
