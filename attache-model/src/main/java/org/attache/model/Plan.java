package org.attache.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A joint plan, programme, road map or list of events.
 *
 * @param framework id of the agreement event the plan implements
 * @param items the joint events the text lists under the plan, empty where it lists none
 */
public record Plan(
    String id,
    Optional<String> date,
    List<String> parties,
    Optional<String> framework,
    Period period,
    Optional<PlanStatus> status,
    Optional<String> title,
    List<Area> areas,
    List<PlanItem> items,
    Optional<Codes> codes,
    List<Span> evidence,
    double confidence,
    SortedMap<String, String> provenance)
    implements Event {
  public Plan {
    requireNonNull(id, "id is null");
    date = Checks.opt(date);
    parties = Checks.list(parties);
    framework = Checks.opt(framework);
    period = period == null ? Period.of(null, null) : period;
    status = Checks.opt(status);
    title = Checks.opt(title);
    areas = Checks.list(areas);
    items = Checks.list(items);
    codes = Checks.opt(codes);
    evidence = Checks.list(evidence);
    confidence = Checks.confidence(confidence);
    provenance = Checks.map(provenance);
  }
}
