package org.attache.store.query.overview;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An item of a joint plan that is planned for the days ahead and is neither held nor cancelled.
 *
 * @param plannedFrom its planned date, or the first of its period, as an ISO date of any precision
 * @param plannedTo the last of its period when it differs from the first
 * @param status its status word: proposed, agreed, scheduled or postponed
 */
public record ComingItem(
    long itemId,
    long planId,
    String planTitle,
    String title,
    String plannedFrom,
    Optional<String> plannedTo,
    Optional<String> place,
    String status) {
  public ComingItem {
    requireNonNull(planTitle, "planTitle is null");
    requireNonNull(title, "title is null");
    requireNonNull(plannedFrom, "plannedFrom is null");
    requireNonNull(plannedTo, "plannedTo is null");
    requireNonNull(place, "place is null");
    requireNonNull(status, "status is null");
  }

  /** The planned date or period as ISO dates: "2027-01" or "2027-01-10 to 2027-01-12". */
  public String planned() {
    return plannedTo.map(t -> plannedFrom + " to " + t).orElse(plannedFrom);
  }
}
