package org.attache.store.review;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.Span;
import org.attache.model.error.AttacheException;
import org.attache.store.Database;
import org.attache.store.StoreException;

/**
 * Confirms, corrects and rejects extracted fields, and lists what waits for review. Each decision
 * changes the field's assertion and appends an entry to the audit log in one transaction. A
 * reviewed field is never changed by a re-extraction of its document. Thread-safe.
 */
public final class Review {
  private static final String ITEM =
      "SELECT a.id, a.document_id, a.subject_kind, a.subject_id, a.field, a.value,"
          + " a.machine_value, a.span_start, a.span_end,"
          + " substring(d.text FROM a.span_start + 1 FOR a.span_end - a.span_start),"
          + " a.extractor_version, a.confidence, a.state::text"
          + " FROM assertion a JOIN document d ON d.id = a.document_id";

  private final Database database;

  public Review(Database database) {
    this.database = requireNonNull(database, "database is null");
  }

  /** Fields not reviewed yet, least confident first (then oldest), at most {@code limit}. */
  public List<ReviewItem> queue(int limit) {
    if (limit < 1) {
      throw AttacheException.badInput("A review queue's limit must be at least 1: " + limit);
    }
    try (Connection c = database.connect();
        PreparedStatement select =
            c.prepareStatement(
                ITEM + " WHERE a.state = 'machine' ORDER BY a.confidence, a.id LIMIT ?")) {
      select.setInt(1, limit);
      return items(select);
    } catch (SQLException e) {
      throw new StoreException("Cannot list the review queue: " + e.getMessage(), e);
    }
  }

  /** The fields a document asserts, in the order they were stored. */
  public List<ReviewItem> ofDocument(String documentId) {
    try (Connection c = database.connect();
        PreparedStatement select =
            c.prepareStatement(ITEM + " WHERE a.document_id = ? ORDER BY a.id")) {
      select.setString(1, documentId);
      return items(select);
    } catch (SQLException e) {
      throw new StoreException(
          "Cannot list the fields of document " + documentId + ": " + e.getMessage(), e);
    }
  }

  /**
   * One field.
   *
   * @throws AttacheException not found when there is no assertion with that id
   */
  public ReviewItem item(long assertionId) {
    try (Connection c = database.connect()) {
      return item(c, assertionId);
    } catch (SQLException e) {
      throw new StoreException("Cannot read assertion " + assertionId + ": " + e.getMessage(), e);
    }
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
    try (Connection c = database.connect();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT id, assertion_id, action, old_state::text, new_state::text, old_value,"
                    + " new_value, reviewer, reason, at FROM review_log"
                    + " WHERE assertion_id = ? ORDER BY id")) {
      select.setLong(1, assertionId);
      List<AuditEntry> entries = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          entries.add(
              new AuditEntry(
                  rows.getLong(1),
                  rows.getLong(2),
                  rows.getString(3),
                  ReviewState.parse(rows.getString(4)),
                  ReviewState.parse(rows.getString(5)),
                  Optional.ofNullable(rows.getString(6)),
                  Optional.ofNullable(rows.getString(7)),
                  rows.getString(8),
                  Optional.ofNullable(rows.getString(9)),
                  rows.getTimestamp(10).toInstant()));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw new StoreException(
          "Cannot read the history of assertion " + assertionId + ": " + e.getMessage(), e);
    }
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
    try (Connection c = database.connect()) {
      c.setAutoCommit(false);
      try {
        // Waits for any document being stored, which may change this field's other assertions.
        try (PreparedStatement lock = c.prepareStatement("SELECT lock_merging()")) {
          lock.execute();
        }
        ReviewItem before = item(c, assertionId, true);
        newValue.ifPresent(v -> FieldValues.check(before.field(), v));
        Optional<String> value = newValue.isPresent() ? newValue : before.value();
        try (PreparedStatement update =
            c.prepareStatement(
                "UPDATE assertion SET state = ?::review_state, value = ?,"
                    + " reviewed_at = clock_timestamp() WHERE id = ?")) {
          update.setString(1, state.code());
          update.setString(2, value.orElse(null));
          update.setLong(3, assertionId);
          update.executeUpdate();
        }
        try (PreparedStatement log =
            c.prepareStatement(
                "INSERT INTO review_log (assertion_id, document_id, subject_kind, subject_id,"
                    + " field, action, old_state, new_state, old_value, new_value, reviewer,"
                    + " reason) VALUES (?, ?, ?, ?, ?, ?, ?::review_state, ?::review_state,"
                    + " ?, ?, ?, ?)")) {
          log.setLong(1, assertionId);
          log.setString(2, before.documentId());
          log.setString(3, before.subjectKind());
          log.setLong(4, before.subjectId());
          log.setString(5, before.field());
          log.setString(6, action);
          log.setString(7, before.state().code());
          log.setString(8, state.code());
          log.setString(9, before.value().orElse(null));
          log.setString(10, value.orElse(null));
          log.setString(11, reviewer.strip());
          log.setString(12, reason.map(String::strip).filter(r -> !r.isEmpty()).orElse(null));
          log.executeUpdate();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
      return item(c, assertionId);
    } catch (SQLException e) {
      throw new StoreException(
          "Cannot " + action + " assertion " + assertionId + ": " + e.getMessage(), e);
    }
  }

  private static ReviewItem item(Connection c, long assertionId) throws SQLException {
    return item(c, assertionId, false);
  }

  private static ReviewItem item(Connection c, long assertionId, boolean lock) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(ITEM + " WHERE a.id = ?" + (lock ? " FOR UPDATE OF a" : ""))) {
      select.setLong(1, assertionId);
      List<ReviewItem> items = items(select);
      if (items.isEmpty()) {
        throw AttacheException.notFound("No assertion with id " + assertionId);
      }
      return items.get(0);
    }
  }

  private static List<ReviewItem> items(PreparedStatement select) throws SQLException {
    List<ReviewItem> items = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        int start = rows.getInt(8);
        Optional<Span> span =
            rows.wasNull() ? Optional.empty() : Optional.of(new Span(start, rows.getInt(9)));
        items.add(
            new ReviewItem(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                rows.getLong(4),
                rows.getString(5),
                Optional.ofNullable(rows.getString(6)),
                Optional.ofNullable(rows.getString(7)),
                span,
                Optional.ofNullable(rows.getString(10)),
                rows.getString(11),
                rows.getDouble(12),
                ReviewState.parse(rows.getString(13))));
      }
    }
    return items;
  }
}
