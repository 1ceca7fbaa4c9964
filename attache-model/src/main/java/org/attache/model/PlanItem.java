package org.attache.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One joint event that a text lists under a plan: a conference, a visit, an exhibition.
 *
 * @param title the event as the text names it
 * @param parties ids of the actors that hold or take part in it
 * @param planned when it is to take place
 * @param evidence spans of the sentences it was read from
 */
public record PlanItem(
    String title,
    PlanItemKind kind,
    List<String> parties,
    Period planned,
    Optional<Place> place,
    Optional<PlanItemStatus> status,
    List<Span> evidence) {
  public PlanItem {
    requireNonNull(title, "title is null");
    requireNonNull(kind, "kind is null");
    parties = Values.list(parties, "parties");
    requireNonNull(planned, "planned is null");
    place = Values.opt(place, "place");
    status = Values.opt(status, "status");
    evidence = Values.list(evidence, "evidence");
  }
}
