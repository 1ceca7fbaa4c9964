package org.attache.eval;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Plan figures.
 *
 * @param events paired plans
 * @param status right statuses over pairs
 * @param items the joint events listed under the plans, where the gold lists them
 */
public record PlanFigures(Score events, Accuracy status, Optional<Score> items) {
  public PlanFigures {
    requireNonNull(events, "events is null");
    requireNonNull(status, "status is null");
    requireNonNull(items, "items is null");
  }

  /** Figures of a document whose gold lists no plan items. */
  public PlanFigures(Score events, Accuracy status) {
    this(events, status, Optional.empty());
  }

  public PlanFigures plus(PlanFigures other) {
    Optional<Score> sum =
        items.isEmpty()
            ? other.items
            : other.items.isEmpty() ? items : Optional.of(items.get().plus(other.items.get()));
    return new PlanFigures(events.plus(other.events), status.plus(other.status), sum);
  }
}
