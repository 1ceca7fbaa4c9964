package org.attache.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

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
    title = Checks.opt(title);
    parties = Checks.list(parties);
    signed = Checks.opt(signed);
    place = Checks.opt(place);
    areas = Checks.list(areas);
    status = Checks.opt(status);
    codes = Checks.opt(codes);
    evidence = Checks.list(evidence);
    confidence = Checks.confidence(confidence);
    provenance = Checks.map(provenance);
  }

  @Override
  public Optional<String> date() {
    return signed;
  }
}
