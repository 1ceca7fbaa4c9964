package org.attache.store.query.registry;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.attache.store.query.events.EventSource;
import org.attache.store.query.events.Party;

/**
 * A plan with its derived status (the reported one, or unreported once its period has passed
 * without a report of its implementation or cancellation), its parties, areas and items.
 */
public record Plan(
    long id,
    Optional<String> title,
    Optional<String> periodFrom,
    Optional<String> periodTo,
    Optional<String> reportedStatus,
    Optional<String> status,
    long sources,
    List<Party> parties,
    List<EventSource> documents,
    List<String> areas,
    List<PlanItem> items) {
  public Plan {
    requireNonNull(title, "title is null");
    requireNonNull(periodFrom, "periodFrom is null");
    requireNonNull(periodTo, "periodTo is null");
    requireNonNull(reportedStatus, "reportedStatus is null");
    requireNonNull(status, "status is null");
    parties = List.copyOf(parties);
    documents = List.copyOf(documents);
    areas = List.copyOf(areas);
    items = List.copyOf(items);
  }

  /** The title, or failing one "Plan" and the id. */
  public String heading() {
    return title.orElse("Plan " + id);
  }
}
