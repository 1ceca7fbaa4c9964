package org.attache.store.review;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One decision of a reviewer, as the append-only log keeps it.
 *
 * @param id the entry's id, in the order the decisions were made
 * @param assertionId the field decided on
 * @param action confirm, correct or reject
 * @param oldState the field's state before
 * @param newState the field's state after
 * @param oldValue the value before
 * @param newValue the value after
 * @param reviewer who decided
 * @param reason why, if they said
 * @param at when
 */
public record AuditEntry(
    long id,
    long assertionId,
    String action,
    ReviewState oldState,
    ReviewState newState,
    Optional<String> oldValue,
    Optional<String> newValue,
    String reviewer,
    Optional<String> reason,
    Instant at) {
  public AuditEntry {
    requireNonNull(action, "action is null");
    requireNonNull(oldState, "oldState is null");
    requireNonNull(newState, "newState is null");
    requireNonNull(oldValue, "oldValue is null");
    requireNonNull(newValue, "newValue is null");
    requireNonNull(reviewer, "reviewer is null");
    requireNonNull(reason, "reason is null");
    requireNonNull(at, "at is null");
  }
}
