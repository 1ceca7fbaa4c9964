package org.attache.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.UnaryOperator;

/**
 * The priorities an actor sets out in some capacity, such as a chairmanship.
 *
 * @param actor id of the actor whose priorities they are
 * @param capacity the capacity ("ASEAN chairmanship")
 * @param period the year or period they are for
 */
public record Priorities(
    String id,
    Optional<String> date,
    String actor,
    Optional<String> capacity,
    Optional<String> period,
    List<Area> areas,
    String text,
    Optional<Codes> codes,
    List<Span> evidence,
    double confidence,
    SortedMap<String, String> provenance)
    implements Event {
  public Priorities {
    requireNonNull(id, "id is null");
    date = Values.opt(date, "date");
    requireNonNull(actor, "actor is null");
    capacity = Values.opt(capacity, "capacity");
    period = Values.opt(period, "period");
    areas = Values.list(areas, "areas");
    requireNonNull(text, "text is null");
    codes = Values.opt(codes, "codes");
    evidence = Values.list(evidence, "evidence");
    confidence = Values.confidence(confidence);
    provenance = Values.map(provenance, "provenance");
  }

  @JsonIgnore
  @Override
  public List<EventLink> links() {
    return List.of(EventLink.of("actor", actor));
  }

  @JsonIgnore
  @Override
  public Map<String, String> fields() {
    Map<String, String> fields = Fields.common(this);
    Fields.put(fields, "capacity", capacity);
    Fields.put(fields, "period", period);
    fields.put("text", text);
    return fields;
  }

  @Override
  public Priorities copy(
      String id,
      UnaryOperator<String> actors,
      UnaryOperator<String> events,
      Optional<Codes> codes,
      SortedMap<String, String> provenance) {
    return new Priorities(
        id,
        date,
        actors.apply(actor),
        capacity,
        period,
        areas,
        text,
        codes,
        evidence,
        confidence,
        provenance);
  }
}
