package org.attache.store.curation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.attache.model.error.AttacheException;
import org.attache.store.Database;
import org.attache.store.query.Headings;
import org.attache.store.query.Sql;

/**
 * What editors set right: a field, a post, two actors that are one (or one that is two), the
 * participants of an event, a whole event, a document that is not diplomatic. Each act is applied
 * in one transaction with its entry in the curation log, which keeps what it changed, so that it
 * can be undone; it outlasts a re-extraction of the documents it concerns. Thread-safe.
 */
public final class Curation {
  /** Works on the store inside an act's transaction and tells the log what it did. */
  @FunctionalInterface
  interface Work {
    Draft apply(Sql.Statements sql, Effects effects, long actId) throws SQLException;
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ACT =
      "SELECT id, kind, summary, curator, reason, at, undone_at, undone_by,"
          + " array_to_string(documents, ' ') AS documents,"
          + " array_to_string(actors, ' ') AS actors FROM curation_act";
  private static final int HISTORY = 200;

  private final Sql sql;
  private final Sql reads;
  private final Vocabulary vocabulary;

  public Curation(Database database, Vocabulary vocabulary) {
    this.sql = Sql.unpooled(requireNonNull(database, "database is null"));
    this.reads = sql;
    this.vocabulary = requireNonNull(vocabulary, "vocabulary is null");
  }

  /**
   * Curation whose histories and lists of documents are read through {@code reads}: a server's
   * pooled statements, since the actor and document pages read them at every view, where a
   * connection opened for each would cost more than the reading.
   */
  public Curation(Database database, Sql reads, Vocabulary vocabulary) {
    this.sql = Sql.unpooled(requireNonNull(database, "database is null"));
    this.reads = requireNonNull(reads, "reads is null");
    this.vocabulary = requireNonNull(vocabulary, "vocabulary is null");
  }

  /**
   * Gives a field of a subject ({@code event:14}, {@code person:3}, {@code event_actor:20}) a value
   * as a document tells it, checked against the field's type and vocabulary.
   *
   * @throws AttacheException a bad input naming the value and why it does not fit
   */
  public Act correct(String documentId, String subject, String field, String value, Curator who) {
    return apply(
        "correct",
        who,
        (s, e, id) -> RecordActs.correct(s, e, vocabulary, documentId, subject, field, value));
  }

  /**
   * Changes a post: its title, the organisation or state it serves (by name or code among those
   * stored) and its period, as every document that gives it tells it, or one.
   */
  public Act changePost(
      long membershipId, Optional<String> documentId, PostChange change, Curator who) {
    return apply(
        "post", who, (s, e, id) -> PostActs.change(s, e, membershipId, documentId, change));
  }

  /**
   * Merges one actor into another of its kind: everything said of it is then said of the other, in
   * the documents stored and in those stored later.
   *
   * @throws AttacheException a bad input when the actors are of different kinds (a person and a
   *     state) or the same
   */
  public Act merge(String from, String into, Curator who) {
    return apply("merge", who, (s, e, id) -> ActorActs.merge(s, e, id, from, into));
  }

  /** Splits what some documents say of an actor off into a new actor of its kind. */
  public Act split(String actor, List<String> documentIds, Curator who) {
    return apply("split", who, (s, e, id) -> ActorActs.split(s, e, id, actor, documentIds));
  }

  /** Adds an actor to an event as a document tells it, in a role (host, guest, party, ...). */
  public Act addParticipant(
      long eventId, String documentId, String actor, String role, Curator who) {
    return apply(
        "add_participant",
        who,
        (s, e, id) -> ParticipantActs.add(s, e, eventId, documentId, actor, role));
  }

  /** Removes an actor's part in an event, as every document tells it. */
  public Act removeParticipant(long partId, Curator who) {
    return apply("remove_participant", who, (s, e, id) -> ParticipantActs.remove(s, e, partId));
  }

  /** Gives an actor's part in an event another role. */
  public Act changeRole(long partId, String role, Curator who) {
    return apply("change_role", who, (s, e, id) -> ParticipantActs.role(s, e, partId, role));
  }

  /** Rejects a whole event: it leaves every list, count and export. */
  public Act rejectEvent(long eventId, Curator who) {
    return apply("reject_event", who, (s, e, id) -> RecordActs.rejectEvent(s, e, eventId));
  }

  /** Marks a document not diplomatic: nothing it says counts, and its events leave the lists. */
  public Act markNotDiplomatic(String documentId, Curator who) {
    return apply("not_diplomatic", who, (s, e, id) -> RecordActs.notDiplomatic(s, e, documentId));
  }

  /**
   * Undoes an act.
   *
   * @throws AttacheException not found when there is no such act; a conflict when it is undone
   *     already or a later act changed what it changed
   */
  public Act undo(long actId, Curator who) {
    requireNonNull(who, "who is null");
    sql.transaction(
        "undo act " + actId,
        s -> {
          s.execute("SELECT lock_merging()");
          Optional<String> effects =
              s.one(
                  "SELECT effects::text AS effects FROM curation_act WHERE id = ?"
                      + " AND undone_at IS NULL FOR UPDATE",
                  r -> r.text("effects"),
                  actId);
          if (effects.isEmpty()) {
            act(actId);
            throw AttacheException.conflict("Act " + actId + " is undone already");
          }
          Effects.undo(s, actId, read(effects.get()));
          Redirects.remove(s, actId);
          s.update(
              "UPDATE curation_act SET undone_at = clock_timestamp(), undone_by = ? WHERE id = ?",
              who.name(),
              actId);
          return null;
        });
    return act(actId);
  }

  /** One act. */
  public Act act(long actId) {
    return sql.one(ACT + " WHERE id = ?", Curation::act, actId)
        .orElseThrow(() -> AttacheException.notFound("No act " + actId));
  }

  /** The acts that changed what a document says, latest first. */
  public List<Act> ofDocument(String documentId) {
    return reads.list(
        ACT + " WHERE documents @> ARRAY[?]::text[] ORDER BY id DESC LIMIT " + HISTORY,
        Curation::act,
        documentId);
  }

  /** The acts that concern an actor ({@code person:12}), latest first. */
  public List<Act> ofActor(String actor) {
    return reads.list(
        ACT + " WHERE actors @> ARRAY[?]::text[] ORDER BY id DESC LIMIT " + HISTORY,
        Curation::act,
        actor);
  }

  /** The documents whose live assertions name an actor ({@code person:12}), newest first. */
  public List<NamingDocument> documentsNaming(String actor) {
    String[] parts = actor.split(":", 2);
    if (parts.length != 2
        || !(parts[0].equals("person") || parts[0].equals("organisation"))
        || !parts[1].matches("[0-9]{1,18}")) {
      throw AttacheException.badInput("Not an actor: '" + actor + "'");
    }
    return reads.list(
        "SELECT d.id, d.title, left(d.text, 320) AS opening FROM document d"
            + " WHERE EXISTS (SELECT 1 FROM assertion a WHERE a.document_id = d.id"
            + " AND a.subject_kind = ? AND a.subject_id = ? AND a.state <> 'rejected')"
            + " ORDER BY d.published DESC NULLS LAST, d.id LIMIT "
            + HISTORY,
        r ->
            new NamingDocument(
                r.text("id"), Headings.of(r.optionalText("title"), r.text("opening"))),
        parts[0],
        Long.parseLong(parts[1]));
  }

  /**
   * Applies again, after a re-extraction of a document, what acts said of it that the assertions it
   * kept do not hold: that it is not diplomatic. Runs in the writer's transaction.
   */
  public static void replay(Sql.Statements sql, String documentId) throws SQLException {
    List<Long> acts =
        sql.ids(
            "SELECT id FROM curation_act WHERE kind = 'not_diplomatic' AND undone_at IS NULL"
                + " AND act->>'document' = ? ORDER BY id",
            documentId);
    for (long actId : acts) {
      Effects effects = new Effects(sql);
      RecordActs.silence(sql, effects, documentId);
      sql.update(
          "UPDATE curation_act SET effects = effects || ?::jsonb WHERE id = ?",
          effects.list().toString(),
          actId);
    }
  }

  private Act apply(String kind, Curator who, Work work) {
    requireNonNull(who, "who is null");
    long id =
        sql.transaction(
            kind,
            s -> {
              s.execute("SELECT lock_merging()");
              long actId =
                  s.firstId(
                          "INSERT INTO curation_act (kind, act, summary, curator, reason)"
                              + " VALUES (?, '{}', ?, ?, ?) RETURNING id",
                          kind,
                          kind,
                          who.name(),
                          who.reason().orElse(null))
                      .orElseThrow();
              Effects effects = new Effects(s);
              Draft draft = work.apply(s, effects, actId);
              if (effects.isEmpty()) {
                throw AttacheException.badInput("Nothing to change: " + draft.summary());
              }
              TreeSet<String> documents = new TreeSet<>(effects.documents());
              documents.addAll(draft.documents());
              s.update(
                  "UPDATE curation_act SET act = ?::jsonb, effects = ?::jsonb, summary = ?,"
                      + " documents = ?, actors = ? WHERE id = ?",
                  draft.act().toString(),
                  effects.list().toString(),
                  draft.summary(),
                  documents.toArray(String[]::new),
                  new TreeSet<>(draft.actors()).toArray(String[]::new),
                  actId);
              return actId;
            });
    return act(id);
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("The curation log holds JSON that cannot be read", e);
    }
  }

  static ArrayNode array() {
    return JSON.createArrayNode();
  }

  private static Act act(Sql.Row r) throws SQLException {
    return new Act(
        r.number("id"),
        r.text("kind"),
        r.text("summary"),
        r.text("curator"),
        r.optionalText("reason"),
        r.instant("at"),
        r.optionalInstant("undone_at"),
        r.optionalText("undone_by"),
        words(r.text("documents")),
        words(r.text("actors")));
  }

  private static List<String> words(String text) {
    return text.isEmpty() ? List.of() : Arrays.asList(text.split(" "));
  }
}
