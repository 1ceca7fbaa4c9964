package org.attache.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.UnaryOperator;

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
    date = Values.opt(date, "date");
    parties = Values.list(parties, "parties");
    framework = Values.opt(framework, "framework");
    requireNonNull(period, "period is null");
    status = Values.opt(status, "status");
    title = Values.opt(title, "title");
    areas = Values.list(areas, "areas");
    items = Values.list(items, "items");
    codes = Values.opt(codes, "codes");
    evidence = Values.list(evidence, "evidence");
    confidence = Values.confidence(confidence);
    provenance = Values.map(provenance, "provenance");
  }

  @JsonIgnore
  @Override
  public List<EventLink> links() {
    List<EventLink> links = new ArrayList<>();
    Fields.links(links, "party", parties);
    return links;
  }

  @JsonIgnore
  @Override
  public Map<String, String> fields() {
    Map<String, String> fields = Fields.common(this);
    Fields.put(fields, "title", title);
    status.ifPresent(s -> fields.put("status", s.code()));
    Fields.put(fields, "period.from", period.from());
    Fields.put(fields, "period.to", period.to());
    return fields;
  }

  @Override
  public Plan copy(
      String id,
      UnaryOperator<String> actors,
      UnaryOperator<String> events,
      Optional<Codes> codes,
      SortedMap<String, String> provenance) {
    List<PlanItem> mapped = new ArrayList<>(items.size());
    for (PlanItem item : items) {
      mapped.add(
          new PlanItem(
              item.title(),
              item.kind(),
              Fields.map(item.parties(), actors),
              item.planned(),
              item.place(),
              item.status(),
              item.evidence()));
    }
    return new Plan(
        id,
        date,
        Fields.map(parties, actors),
        framework.map(events),
        period,
        status,
        title,
        areas,
        mapped,
        codes,
        evidence,
        confidence,
        provenance);
  }

  /** This plan with its framework, an event id of the record, mapped through {@code events}. */
  public Plan withFramework(UnaryOperator<String> events) {
    return copy(id, UnaryOperator.identity(), events, codes, provenance);
  }
}
