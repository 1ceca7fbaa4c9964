package org.attache.store.curation;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.store.query.Sql;

/**
 * Moves what documents say of one actor to another of its kind: what they say of the actor itself,
 * of its posts and of its parts in events, each to the matching row of the other actor (made when
 * it has none). Only assertions move; the rows they leave count for nothing without them.
 */
final class Moves {
  private final Sql.Statements sql;
  private final Effects effects;
  private final Optional<String[]> documents;

  /**
   * @param documents the documents whose assertions move, or empty for all
   */
  Moves(Sql.Statements sql, Effects effects, Optional<List<String>> documents) {
    this.sql = sql;
    this.effects = effects;
    this.documents = documents.map(d -> d.toArray(String[]::new));
  }

  void actor(StoredActor from, StoredActor to) throws SQLException {
    String table = from.table();
    subject(table, from.id(), to.id());
    String column = table + "_id";
    for (long[] part :
        rows(
            "SELECT id, event_id FROM event_actor WHERE " + column + " = ?",
            from.id(),
            "event_id")) {
      String link =
          sql.one("SELECT link FROM event_actor WHERE id = ?", r -> r.text("link"), part[0])
              .orElseThrow();
      subject("event_actor", part[0], eventActor(part[1], link, table, to.id()));
    }
    List<String> memberships =
        table.equals("person")
            ? List.of("person_id")
            : List.of("organisation_id", "accredited_to_id");
    for (String role : memberships) {
      for (long[] m :
          rows("SELECT id, 0 AS none FROM membership WHERE " + role + " = ?", from.id(), "none")) {
        subject("membership", m[0], membership(m[0], role, to.id()));
      }
    }
    if (table.equals("organisation")) {
      for (long id :
          sql.ids(
              "SELECT id FROM assertion WHERE subject_kind = 'event_actor'"
                  + " AND field = 'on_behalf_of' AND value = ?"
                  + " AND (?::text[] IS NULL OR document_id = ANY(?::text[]))",
              Long.toString(from.id()),
              documents.orElse(null),
              documents.orElse(null))) {
        effects.revalue(id, Long.toString(to.id()));
      }
    }
  }

  /** Moves the live assertions of one subject, of the chosen documents, to another. */
  private void subject(String kind, long from, long to) throws SQLException {
    if (from == to) {
      return;
    }
    for (long id :
        sql.ids(
            "SELECT id FROM assertion WHERE subject_kind = ? AND subject_id = ?"
                + " AND state <> 'rejected' AND (?::text[] IS NULL OR document_id = ANY(?::text[]))"
                + " ORDER BY id",
            kind,
            from,
            documents.orElse(null),
            documents.orElse(null))) {
      effects.move(id, to);
    }
  }

  private List<long[]> rows(String query, long id, String second) throws SQLException {
    List<long[]> rows = new ArrayList<>();
    sql.forEach(
        query + " ORDER BY id", r -> rows.add(new long[] {r.number("id"), r.number(second)}), id);
    return rows;
  }

  private long eventActor(long eventId, String link, String table, long actorId)
      throws SQLException {
    String column = table + "_id";
    Optional<Long> found =
        sql.firstId(
            "SELECT id FROM event_actor WHERE event_id = ? AND link = ? AND " + column + " = ?",
            eventId,
            link,
            actorId);
    if (found.isPresent()) {
      return found.get();
    }
    return sql.firstId(
            "INSERT INTO event_actor (event_id, link, "
                + column
                + ") VALUES (?, ?, ?) RETURNING id",
            eventId,
            link,
            actorId)
        .orElseThrow();
  }

  /** The membership like another but with one of its actors replaced: made when new. */
  private long membership(long membershipId, String role, long actorId) throws SQLException {
    String select =
        "SELECT m.person_id, m.post_key, m.organisation_id, m.accredited_to_id FROM membership m"
            + " WHERE m.id = ?";
    Object[] values =
        sql.one(
                select,
                r ->
                    new Object[] {
                      r.number("person_id"),
                      r.text("post_key"),
                      r.optionalNumber("organisation_id").orElse(null),
                      r.optionalNumber("accredited_to_id").orElse(null)
                    },
                membershipId)
            .orElseThrow();
    switch (role) {
      case "person_id" -> values[0] = actorId;
      case "organisation_id" -> values[2] = actorId;
      default -> values[3] = actorId;
    }
    return membership(
        sql, (long) values[0], (String) values[1], (Long) values[2], (Long) values[3]);
  }

  /** The membership of a person, post and organisations: made when new. */
  static long membership(
      Sql.Statements sql, long personId, String postKey, Long organisationId, Long accreditedToId)
      throws SQLException {
    Optional<Long> found =
        sql.firstId(
            "SELECT id FROM membership WHERE person_id = ? AND post_key = ?"
                + " AND organisation_id IS NOT DISTINCT FROM ?"
                + " AND accredited_to_id IS NOT DISTINCT FROM ?",
            personId,
            postKey,
            organisationId,
            accreditedToId);
    if (found.isPresent()) {
      return found.get();
    }
    return sql.firstId(
            "INSERT INTO membership (person_id, post_key, organisation_id, accredited_to_id)"
                + " VALUES (?, ?, ?, ?) RETURNING id",
            personId,
            postKey,
            organisationId,
            accreditedToId)
        .orElseThrow();
  }
}
