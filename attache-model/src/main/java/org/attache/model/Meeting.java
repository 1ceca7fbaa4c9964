package org.attache.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/** A meeting, visit, talk, consultation, call, reception or summit reported as held. */
public record Meeting(
    String id,
    Optional<String> date,
    Optional<Place> place,
    List<Participant> participants,
    Optional<MeetingFormat> format,
    Optional<Codes> codes,
    List<Span> evidence,
    double confidence,
    SortedMap<String, String> provenance)
    implements Event {
  public Meeting {
    requireNonNull(id, "id is null");
    date = Checks.opt(date);
    place = Checks.opt(place);
    participants = Checks.list(participants);
    format = Checks.opt(format);
    codes = Checks.opt(codes);
    evidence = Checks.list(evidence);
    confidence = Checks.confidence(confidence);
    provenance = Checks.map(provenance);
  }
}
