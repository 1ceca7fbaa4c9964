package org.attache.store.review;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.attache.model.Span;
import org.attache.model.error.AttacheException;
import org.attache.store.Database;
import org.attache.store.query.Sql;

/**
 * Confirms, corrects and rejects extracted fields, and lists what waits for review. Each decision
 * changes the field's assertion and appends an entry to the audit log in one transaction. A
 * reviewed field is never changed by a re-extraction of its document. Thread-safe.
 */
public final class Review {
  /** The columns of a {@link ReviewItem}, of {@code assertion a} and {@code document d}. */
  static final String ITEM_COLUMNS =
      "a.id, a.document_id, a.subject_kind, a.subject_id, a.field, a.value,"
          + " a.machine_value, a.span_start, a.span_end,"
          + " substring(d.text FROM a.span_start + 1 FOR a.span_end - a.span_start) AS quote,"
          + " a.extractor_version, a.confidence, a.state::text AS state";

  private static final String ITEM =
      "SELECT " + ITEM_COLUMNS + " FROM assertion a JOIN document d ON d.id = a.document_id";

  private final Sql sql;

  public Review(Database database) {
    this.sql = Sql.unpooled(requireNonNull(database, "database is null"));
  }

  /**
   * Fields not reviewed yet, at most {@code limit}, what is most likely wrong and matters most
   * first: by {@link Concern}, then the least confident, then the latest document.
   */
  public List<ReviewItem> queue(int limit) {
    if (limit < 1) {
      throw AttacheException.badInput("A review queue's limit must be at least 1: " + limit);
    }
    return sql.list(
        "SELECT "
            + ITEM_COLUMNS
            + " FROM (SELECT assertion_id, rank, published, document_id FROM review_field"
            + " ORDER BY rank, published DESC NULLS LAST, document_id, assertion_id LIMIT ?) r"
            + " JOIN assertion a ON a.id = r.assertion_id JOIN document d ON d.id = a.document_id"
            + " ORDER BY r.rank, r.published DESC NULLS LAST, r.document_id, r.assertion_id",
        Review::item,
        limit);
  }

  /** The fields a document asserts, in the order they were stored. */
  public List<ReviewItem> ofDocument(String documentId) {
    return sql.list(ITEM + " WHERE a.document_id = ? ORDER BY a.id", Review::item, documentId);
  }

  /**
   * One field.
   *
   * @throws AttacheException not found when there is no assertion with that id
   */
  public ReviewItem item(long assertionId) {
    return sql.one(ITEM + " WHERE a.id = ?", Review::item, assertionId)
        .orElseThrow(() -> notFound(assertionId));
  }

  /** Confirms that a field is right as it stands. */
  public ReviewItem confirm(long assertionId, String reviewer, Optional<String> reason) {
    return decide(
        assertionId, "confirm", ReviewState.CONFIRMED, Optional.empty(), reviewer, reason);
  }

  /**
   * Gives a field a new value.
   *
   * @throws AttacheException a bad input when the value does not fit the field (a date that is not
   *     ISO 8601, a role or stance outside its vocabulary, ...); not found when there is no such
   *     assertion
   */
  public ReviewItem correct(
      long assertionId, String value, String reviewer, Optional<String> reason) {
    requireNonNull(value, "value is null");
    return decide(
        assertionId, "correct", ReviewState.CORRECTED, Optional.of(value), reviewer, reason);
  }

  /** Says that a field is wrong: it then counts for nothing in the store's views. */
  public ReviewItem reject(long assertionId, String reviewer, Optional<String> reason) {
    return decide(assertionId, "reject", ReviewState.REJECTED, Optional.empty(), reviewer, reason);
  }

  /** The decisions made on a field, oldest first. */
  public List<AuditEntry> history(long assertionId) {
    return sql.list(
        "SELECT id, assertion_id, action, old_state::text AS old_state,"
            + " new_state::text AS new_state, old_value, new_value, reviewer, reason, at"
            + " FROM review_log WHERE assertion_id = ? ORDER BY id",
        row ->
            new AuditEntry(
                row.number("id"),
                row.number("assertion_id"),
                row.text("action"),
                ReviewState.parse(row.text("old_state")),
                ReviewState.parse(row.text("new_state")),
                row.optionalText("old_value"),
                row.optionalText("new_value"),
                row.text("reviewer"),
                row.optionalText("reason"),
                row.instant("at")),
        assertionId);
  }

  private ReviewItem decide(
      long assertionId,
      String action,
      ReviewState state,
      Optional<String> newValue,
      String reviewer,
      Optional<String> reason) {
    requireNonNull(reviewer, "reviewer is null");
    requireNonNull(reason, "reason is null");
    if (reviewer.isBlank()) {
      throw AttacheException.badInput("A review needs the reviewer's name");
    }
    sql.transaction(
        action + " assertion " + assertionId,
        s -> {
          // Waits for any document being stored, which may change this field's other assertions.
          s.execute("SELECT lock_merging()");
          ReviewItem before =
              s.one(ITEM + " WHERE a.id = ? FOR UPDATE OF a", Review::item, assertionId)
                  .orElseThrow(() -> notFound(assertionId));
          newValue.ifPresent(v -> FieldValues.check(before.field(), v));
          Optional<String> value = newValue.isPresent() ? newValue : before.value();
          s.update(
              "UPDATE assertion SET state = ?::review_state, value = ?,"
                  + " reviewed_at = clock_timestamp() WHERE id = ?",
              state.code(),
              value.orElse(null),
              assertionId);
          s.update(
              "INSERT INTO review_log (assertion_id, document_id, subject_kind, subject_id,"
                  + " field, action, old_state, new_state, old_value, new_value, reviewer,"
                  + " reason) VALUES (?, ?, ?, ?, ?, ?, ?::review_state, ?::review_state,"
                  + " ?, ?, ?, ?)",
              assertionId,
              before.documentId(),
              before.subjectKind(),
              before.subjectId(),
              before.field(),
              action,
              before.state().code(),
              state.code(),
              before.value().orElse(null),
              value.orElse(null),
              reviewer.strip(),
              reason.map(String::strip).filter(r -> !r.isEmpty()).orElse(null));
          return before;
        });
    return item(assertionId);
  }

  private static AttacheException notFound(long assertionId) {
    return AttacheException.notFound("No assertion with id " + assertionId);
  }

  static ReviewItem item(Sql.Row row) throws SQLException {
    Optional<Integer> start = row.optionalInteger("span_start");
    Optional<Span> span =
        start.isEmpty()
            ? Optional.empty()
            : Optional.of(new Span(start.get(), row.integer("span_end")));
    return new ReviewItem(
        row.number("id"),
        row.text("document_id"),
        row.text("subject_kind"),
        row.number("subject_id"),
        row.text("field"),
        row.optionalText("value"),
        row.optionalText("machine_value"),
        span,
        row.optionalText("quote"),
        row.text("extractor_version"),
        row.decimal("confidence"),
        ReviewState.parse(row.text("state")));
  }
}
