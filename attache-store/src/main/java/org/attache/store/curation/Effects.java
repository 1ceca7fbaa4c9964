package org.attache.store.curation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.attache.model.Span;
import org.attache.model.error.AttacheException;
import org.attache.store.query.Sql;

/**
 * The changes of one act to assertions and documents, made inside the act's transaction and kept,
 * in order, so that undoing the act reverses them. An assertion's change keeps its state before and
 * after; undoing it finds the assertion as the act left it, or refuses, since a later act changed
 * it.
 */
final class Effects {
  /** An assertion's row as an act reads and writes it. */
  private record Row(
      long id,
      String documentId,
      String subjectKind,
      long subjectId,
      String field,
      String state,
      Optional<String> value,
      Optional<String> reviewedAt) {}

  private static final String ROW =
      "SELECT id, document_id, subject_kind, subject_id, field, state::text AS state, value,"
          + " reviewed_at::text AS reviewed_at FROM assertion";

  private final Sql.Statements sql;
  private final String now;
  private final ArrayNode list = JsonNodeFactory.instance.arrayNode();
  private final Set<String> documents = new TreeSet<>();

  Effects(Sql.Statements sql) throws SQLException {
    this.sql = sql;
    this.now =
        sql.one("SELECT clock_timestamp()::text AS now", row -> row.text("now")).orElseThrow();
  }

  /** What was changed, as the act's {@code effects}. */
  ArrayNode list() {
    return list;
  }

  /** The documents whose assertions were changed. */
  Set<String> documents() {
    return documents;
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  /** Rejects an assertion, unless it is rejected already. */
  void reject(long assertionId) throws SQLException {
    Row row = row(assertionId);
    if (!row.state().equals("rejected")) {
      change(row, row.subjectId(), "rejected", row.value(), Optional.of(now));
    }
  }

  /** Gives an assertion a corrected value. */
  void correct(long assertionId, String value) throws SQLException {
    Row row = row(assertionId);
    change(row, row.subjectId(), "corrected", Optional.of(value), Optional.of(now));
  }

  /** Confirms an assertion as it stands, so that its value is the field's current one. */
  void confirm(long assertionId) throws SQLException {
    Row row = row(assertionId);
    change(row, row.subjectId(), "confirmed", row.value(), Optional.of(now));
  }

  /** Gives an assertion another value and keeps its state: a reference to a merged actor. */
  void revalue(long assertionId, String value) throws SQLException {
    Row row = row(assertionId);
    change(row, row.subjectId(), row.state(), Optional.of(value), row.reviewedAt());
  }

  /**
   * Moves a document's assertion to another subject of its kind, or, when the document asserts that
   * field of the other subject already, rejects it where it is.
   */
  void move(long assertionId, long subjectId) throws SQLException {
    Row row = row(assertionId);
    boolean taken =
        sql.one(
                "SELECT 1 AS one FROM assertion WHERE document_id = ? AND subject_kind = ?"
                    + " AND subject_id = ? AND field = ?",
                r -> r.integer("one"),
                row.documentId(),
                row.subjectKind(),
                subjectId,
                row.field())
            .isPresent();
    if (!taken) {
      change(row, subjectId, row.state(), row.value(), row.reviewedAt());
    } else if (!row.state().equals("rejected")) {
      change(row, row.subjectId(), "rejected", row.value(), Optional.of(now));
    }
  }

  /**
   * Gives a field of a subject a value as a document tells it: corrects the document's assertion of
   * that field, or adds one, lit at the given spans.
   */
  void set(
      String documentId, String kind, long subjectId, String field, String value, List<Span> at)
      throws SQLException {
    Optional<Long> existing =
        sql.firstId(
            "SELECT id FROM assertion WHERE document_id = ? AND subject_kind = ?"
                + " AND subject_id = ? AND field = ?",
            documentId,
            kind,
            subjectId,
            field);
    if (existing.isPresent()) {
      correct(existing.get(), value);
      return;
    }
    Optional<Span> first = at.stream().sorted().findFirst();
    long id =
        sql.firstId(
                "INSERT INTO assertion (document_id, subject_kind, subject_id, field, value,"
                    + " span_start, span_end, extractor_version, confidence, state, reviewed_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 'curation', 1, 'corrected', ?::timestamptz)"
                    + " RETURNING id",
                documentId,
                kind,
                subjectId,
                field,
                value,
                first.map(Span::start).orElse(null),
                first.map(Span::end).orElse(null),
                now)
            .orElseThrow();
    for (Span span : at) {
      sql.update(
          "INSERT INTO assertion_span (assertion_id, span_start, span_end) VALUES (?, ?, ?)"
              + " ON CONFLICT DO NOTHING",
          id,
          span.start(),
          span.end());
    }
    list.addObject().put("op", "inserted").put("id", id);
    documents.add(documentId);
  }

  /** Marks a document diplomatic or not. */
  void diplomatic(String documentId, boolean diplomatic) throws SQLException {
    boolean before =
        sql.one(
                "SELECT diplomatic FROM document WHERE id = ? FOR UPDATE",
                r -> r.flag("diplomatic"),
                documentId)
            .orElseThrow();
    sql.update("UPDATE document SET diplomatic = ? WHERE id = ?", diplomatic, documentId);
    list.addObject()
        .put("op", "diplomatic")
        .put("document", documentId)
        .put("before", before)
        .put("after", diplomatic);
    documents.add(documentId);
  }

  private void change(
      Row row, long subjectId, String state, Optional<String> value, Optional<String> reviewedAt)
      throws SQLException {
    sql.update(
        "UPDATE assertion SET subject_id = ?, state = ?::review_state, value = ?,"
            + " reviewed_at = ?::timestamptz WHERE id = ?",
        subjectId,
        state,
        value.orElse(null),
        reviewedAt.orElse(null),
        row.id());
    ObjectNode effect = list.addObject().put("op", "assertion").put("id", row.id());
    state(effect.putObject("before"), row.subjectId(), row.state(), row.value(), row.reviewedAt());
    state(effect.putObject("after"), subjectId, state, value, reviewedAt);
    documents.add(row.documentId());
  }

  private static void state(
      ObjectNode node,
      long subjectId,
      String state,
      Optional<String> value,
      Optional<String> reviewedAt) {
    node.put("subject_id", subjectId).put("state", state);
    node.put("value", value.orElse(null)).put("reviewed_at", reviewedAt.orElse(null));
  }

  private Row row(long assertionId) throws SQLException {
    return sql.one(ROW + " WHERE id = ? FOR UPDATE", Effects::row, assertionId)
        .orElseThrow(() -> AttacheException.notFound("No assertion with id " + assertionId));
  }

  private static Row row(Sql.Row r) throws SQLException {
    return new Row(
        r.number("id"),
        r.text("document_id"),
        r.text("subject_kind"),
        r.number("subject_id"),
        r.text("field"),
        r.text("state"),
        r.optionalText("value"),
        r.optionalText("reviewed_at"));
  }

  /**
   * Reverses the effects of an act, last first.
   *
   * @throws AttacheException a conflict when a later act changed an assertion this one changed
   */
  static void undo(Sql.Statements sql, long actId, JsonNode effects) throws SQLException {
    for (int i = effects.size() - 1; i >= 0; i--) {
      JsonNode effect = effects.get(i);
      switch (effect.get("op").asText()) {
        case "inserted" ->
            sql.update(
                "DELETE FROM assertion WHERE id = ? AND state <> 'machine'",
                effect.get("id").asLong());
        case "diplomatic" ->
            sql.update(
                "UPDATE document SET diplomatic = ? WHERE id = ?",
                effect.get("before").asBoolean(),
                effect.get("document").asText());
        case "assertion" -> restore(sql, actId, effect);
        default ->
            throw new IllegalStateException("Act " + actId + " has an unknown effect: " + effect);
      }
    }
  }

  private static void restore(Sql.Statements sql, long actId, JsonNode effect) throws SQLException {
    long id = effect.get("id").asLong();
    JsonNode before = effect.get("before");
    JsonNode after = effect.get("after");
    // A machine assertion may have been rewritten by a re-extraction since: its value is not
    // compared, only where it is and its state.
    boolean reviewed = !after.get("state").asText().equals("machine");
    int changed =
        sql.update(
            "UPDATE assertion SET subject_id = ?, state = ?::review_state, value = ?,"
                + " reviewed_at = ?::timestamptz WHERE id = ? AND subject_id = ?"
                + " AND state = ?::review_state AND (NOT ? OR (value IS NOT DISTINCT FROM ?"
                + " AND reviewed_at IS NOT DISTINCT FROM ?::timestamptz))",
            before.get("subject_id").asLong(),
            before.get("state").asText(),
            text(before, "value"),
            text(before, "reviewed_at"),
            id,
            after.get("subject_id").asLong(),
            after.get("state").asText(),
            reviewed,
            text(after, "value"),
            text(after, "reviewed_at"));
    boolean gone =
        sql.one("SELECT 1 AS one FROM assertion WHERE id = ?", r -> r.integer("one"), id).isEmpty();
    if (changed == 0 && !gone) {
      throw AttacheException.conflict(
          "Act "
              + actId
              + " cannot be undone: a later act changed the same field (assertion "
              + id
              + "); undo that one first");
    }
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }
}
