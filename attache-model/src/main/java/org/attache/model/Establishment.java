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
    date = Values.opt(date, "date");
    requireNonNull(actor, "actor is null");
    founders = Values.list(founders, "founders");
    occasion = Values.opt(occasion, "occasion");
    codes = Values.opt(codes, "codes");
    evidence = Values.list(evidence, "evidence");
    confidence = Values.confidence(confidence);
    provenance = Values.map(provenance, "provenance");
  }

  @JsonIgnore
  @Override
  public List<EventLink> links() {
    List<EventLink> links = new ArrayList<>();
    links.add(EventLink.of("actor", actor));
    Fields.links(links, "founder", founders);
    return links;
  }

  /** None: an establishment names no areas. */
  @JsonIgnore
  @Override
  public List<Area> areas() {
    return List.of();
  }

  @JsonIgnore
  @Override
  public Map<String, String> fields() {
    Map<String, String> fields = Fields.common(this);
    Fields.put(fields, "occasion", occasion);
    return fields;
  }

  @Override
  public Establishment copy(
      String id,
      UnaryOperator<String> actors,
      UnaryOperator<String> events,
      Optional<Codes> codes,
      SortedMap<String, String> provenance) {
    return new Establishment(
        id,
        date,
        actors.apply(actor),
        Fields.map(founders, actors),
        occasion,
        codes,
        evidence,
        confidence,
        provenance);
  }
}
