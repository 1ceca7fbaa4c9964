package org.attache.pipeline.eval;

import static java.util.Objects.requireNonNull;

/**
 * Plan figures.
 *
 * @param events paired plans
 * @param status right statuses over pairs
 */
public record PlanFigures(Score events, Accuracy status) {
  public PlanFigures {
    requireNonNull(events, "events is null");
    requireNonNull(status, "status is null");
  }

  public PlanFigures plus(PlanFigures other) {
    return new PlanFigures(events.plus(other.events), status.plus(other.status));
  }
}
