package org.attache.store.query.registry;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An item of a plan with its planned and actual dates, the meeting that held it if one did ({@code
 * heldBy}, {@code heldOn}), and its derived status: done, unreported (its period passed and no
 * source tells of it) or pending.
 */
public record PlanItem(
    long id,
    long planId,
    Optional<String> title,
    Optional<String> planned,
    Optional<String> actual,
    Optional<Long> heldBy,
    Optional<String> heldOn,
    String status) {
  public PlanItem {
    requireNonNull(title, "title is null");
    requireNonNull(planned, "planned is null");
    requireNonNull(actual, "actual is null");
    requireNonNull(heldBy, "heldBy is null");
    requireNonNull(heldOn, "heldOn is null");
    requireNonNull(status, "status is null");
  }
}
