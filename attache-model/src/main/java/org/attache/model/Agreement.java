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
 * An instrument reported as signed, in force, expired or under negotiation.
 *
 * @param signed the signing date or year; {@link #date()} returns the same value
 */
public record Agreement(
    String id,
    Instrument instrument,
    Optional<String> title,
    List<String> parties,
    Optional<String> signed,
    Optional<Place> place,
    List<Area> areas,
    Optional<AgreementStatus> status,
    Optional<Codes> codes,
    List<Span> evidence,
    double confidence,
    SortedMap<String, String> provenance)
    implements Event {
  public Agreement {
    requireNonNull(id, "id is null");
    requireNonNull(instrument, "instrument is null");
    title = Values.opt(title, "title");
    parties = Values.list(parties, "parties");
    signed = Values.opt(signed, "signed");
    place = Values.opt(place, "place");
    areas = Values.list(areas, "areas");
    status = Values.opt(status, "status");
    codes = Values.opt(codes, "codes");
    evidence = Values.list(evidence, "evidence");
    confidence = Values.confidence(confidence);
    provenance = Values.map(provenance, "provenance");
  }

  @Override
  public Optional<String> date() {
    return signed;
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
    fields.put("instrument", instrument.code());
    Fields.put(fields, "title", title);
    status.ifPresent(s -> fields.put("status", s.code()));
    Fields.place(place, fields);
    return fields;
  }

  @Override
  public Agreement copy(
      String id,
      UnaryOperator<String> actors,
      UnaryOperator<String> events,
      Optional<Codes> codes,
      SortedMap<String, String> provenance) {
    return new Agreement(
        id,
        instrument,
        title,
        Fields.map(parties, actors),
        signed,
        place,
        areas,
        status,
        codes,
        evidence,
        confidence,
        provenance);
  }
}
