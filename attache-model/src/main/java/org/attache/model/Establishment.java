package org.attache.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The founding of an organisation or body.
 *
 * @param actor id of what was founded
 * @param founders ids of who founded it
 * @param occasion the event at which it was founded ("14th ASEAN-China Summit")
 */
public record Establishment(
    String id,
    Optional<String> date,
    String actor,
    List<String> founders,
    Optional<String> occasion,
    Optional<Codes> codes,
    List<Span> evidence,
    double confidence,
    SortedMap<String, String> provenance)
    implements Event {
  public Establishment {
    requireNonNull(id, "id is null");
    date = Checks.opt(date);
    requireNonNull(actor, "actor is null");
    founders = Checks.list(founders);
    occasion = Checks.opt(occasion);
    codes = Checks.opt(codes);
    evidence = Checks.list(evidence);
    confidence = Checks.confidence(confidence);
    provenance = Checks.map(provenance);
  }
}
