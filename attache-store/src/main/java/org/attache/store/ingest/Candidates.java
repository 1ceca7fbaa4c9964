package org.attache.store.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
  private final Connection connection;
  private final String documentId;
  private final Set<String> copies;
  private final Set<Long> taken;

  /**
   * @param copies the stored documents that are near-copies of this one
   * @param taken the stored events that other events of this document are already
   */
  Candidates(Connection connection, String documentId, Set<String> copies, Set<Long> taken) {
    this.connection = connection;
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
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT DISTINCT a.subject_id FROM assertion a JOIN event e ON e.id = a.subject_id"
                + " WHERE a.document_id = ANY (?) AND a.subject_kind = 'event'"
                + " AND a.field = 'exists' AND a.state <> 'rejected' AND e.type = ?")) {
      select.setArray(1, connection.createArrayOf("text", copies.toArray()));
      select.setString(2, type);
      return longs(select);
    }
  }

  /** Agreements that have every one of the parties (and maybe more). */
  private Set<Long> withEveryParty(String type, Set<String> parties) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT ea.event_id FROM event_actor ea JOIN event e ON e.id = ea.event_id"
                + " WHERE e.type = ? AND ea.link = 'party' AND ea.actor = ANY (?)"
                + " GROUP BY ea.event_id HAVING count(DISTINCT ea.actor) = ?")) {
      select.setString(1, type);
      select.setArray(2, connection.createArrayOf("text", keys(parties).toArray()));
      select.setInt(3, parties.size());
      return longs(select);
    }
  }

  private static Set<String> keys(Set<String> actorKeys) {
    Set<String> keys = new LinkedHashSet<>();
    for (String linked : actorKeys) {
      keys.add(linked.substring(linked.indexOf('|') + 1));
    }
    return keys;
  }

  private Set<Long> ownEvents(String type) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT DISTINCT a.subject_id FROM assertion a JOIN event e ON e.id = a.subject_id"
                + " WHERE a.document_id = ? AND a.subject_kind = 'event' AND e.type = ?")) {
      select.setString(1, documentId);
      select.setString(2, type);
      return longs(select);
    }
  }

  /** Events of the type that share an actor and whose date, or a source's publication, is near. */
  private Set<Long> sharingActors(String type, Set<String> actorKeys, String date)
      throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            "SELECT DISTINCT ea.event_id FROM event_actor ea JOIN event e ON e.id = ea.event_id"
                + " WHERE e.type = ? AND ea.actor = ANY (?)");
    // A date of the event near the anchor, or a source published near it.
    sql.append(" AND (EXISTS (SELECT 1 FROM assertion a WHERE a.subject_kind = 'event'")
        .append(" AND a.field = 'date' AND a.subject_id = ea.event_id")
        .append(" AND a.state <> 'rejected' AND ")
        .append(near("a.value", date))
        .append(") OR EXISTS (SELECT 1 FROM assertion a JOIN document d")
        .append(" ON d.id = a.document_id WHERE a.subject_kind = 'event'")
        .append(" AND a.field = 'exists' AND a.subject_id = ea.event_id")
        .append(" AND a.state <> 'rejected' AND ")
        .append(near("d.published", date))
        .append("))");
    try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
      int index = 1;
      select.setString(index++, type);
      select.setArray(index++, connection.createArrayOf("text", keys(actorKeys).toArray()));
      for (int arm = 0; arm < 2; arm++) {
        select.setArray(
            index++, connection.createArrayOf("text", IsoDates.prefixes(date).toArray()));
        select.setString(index++, date + "%");
        if (date.length() == 10) {
          List<String> window = IsoDates.window(date, EventMatcher.WINDOW_DAYS);
          select.setString(index++, window.get(0));
          select.setString(index++, window.get(1));
        }
      }
      return longs(select);
    }
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
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT a.subject_id, d.published FROM assertion a JOIN document d"
                + " ON d.id = a.document_id WHERE a.subject_kind = 'event' AND a.field = 'exists'"
                + " AND a.subject_id = ANY (?) AND a.state <> 'rejected'"
                + " AND d.published IS NOT NULL")) {
      select.setArray(1, Ids.longs(connection, ids));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          result.computeIfAbsent(rows.getLong(1), k -> new HashSet<>()).add(rows.getString(2));
        }
      }
    }
    return result;
  }

  private Map<Long, Set<String>> actors(Set<Long> ids) throws SQLException {
    Map<Long, Set<String>> result = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT ea.event_id, ea.link, ea.actor FROM event_actor ea"
                + " WHERE ea.event_id = ANY (?) AND EXISTS (SELECT 1 FROM assertion a"
                + " WHERE a.subject_kind = 'event_actor' AND a.subject_id = ea.id"
                + " AND (a.state <> 'rejected' OR a.document_id = ?))")) {
      select.setArray(1, Ids.longs(connection, ids));
      select.setString(2, documentId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          result
              .computeIfAbsent(rows.getLong(1), k -> new HashSet<>())
              .add(rows.getString(2) + "|" + rows.getString(3));
        }
      }
    }
    return result;
  }

  private Map<Long, Map<String, Set<String>>> fields(Set<Long> ids) throws SQLException {
    Map<Long, Map<String, Set<String>>> result = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT subject_id, field, value FROM assertion WHERE subject_kind = 'event'"
                + " AND subject_id = ANY (?) AND state <> 'rejected' AND value IS NOT NULL"
                + " UNION SELECT subject_id, field, machine_value FROM assertion"
                + " WHERE subject_kind = 'event' AND subject_id = ANY (?) AND document_id = ?"
                + " AND machine_value IS NOT NULL")) {
      select.setArray(1, Ids.longs(connection, ids));
      select.setArray(2, Ids.longs(connection, ids));
      select.setString(3, documentId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          result
              .computeIfAbsent(rows.getLong(1), k -> new HashMap<>())
              .computeIfAbsent(rows.getString(2), k -> new HashSet<>())
              .add(rows.getString(3));
        }
      }
    }
    return result;
  }

  private static Set<Long> longs(PreparedStatement select) throws SQLException {
    Set<Long> result = new TreeSet<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        result.add(rows.getLong(1));
      }
    }
    return result;
  }
}
