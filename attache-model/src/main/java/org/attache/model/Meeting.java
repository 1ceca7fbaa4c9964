package org.attache.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.UnaryOperator;

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
    date = Values.opt(date, "date");
    place = Values.opt(place, "place");
    participants = Values.list(participants, "participants");
    format = Values.opt(format, "format");
    codes = Values.opt(codes, "codes");
    evidence = Values.list(evidence, "evidence");
    confidence = Values.confidence(confidence);
    provenance = Values.map(provenance, "provenance");
  }

  @JsonIgnore
  @Override
  public List<EventLink> links() {
    List<EventLink> links = new ArrayList<>();
    for (Participant p : participants) {
      links.add(new EventLink("participant", p.actor(), Optional.of(p.role())));
    }
    return links;
  }

  /** None: a meeting names no areas. */
  @JsonIgnore
  @Override
  public List<Area> areas() {
    return List.of();
  }

  @JsonIgnore
  @Override
  public Map<String, String> fields() {
    Map<String, String> fields = Fields.common(this);
    Fields.place(place, fields);
    format.ifPresent(f -> fields.put("format", f.name().toLowerCase(Locale.ROOT)));
    return fields;
  }

  @Override
  public Meeting copy(
      String id,
      UnaryOperator<String> actors,
      UnaryOperator<String> events,
      Optional<Codes> codes,
      SortedMap<String, String> provenance) {
    List<Participant> mapped = new ArrayList<>(participants.size());
    for (Participant p : participants) {
      mapped.add(new Participant(actors.apply(p.actor()), p.role()));
    }
    return new Meeting(id, date, place, mapped, format, codes, evidence, confidence, provenance);
  }
}
