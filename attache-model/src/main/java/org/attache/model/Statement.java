package org.attache.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.UnaryOperator;

/** A speech act of one speaker: what was said, in which spirit, about whom. */
public record Statement(
    String id,
    Optional<String> date,
    String speaker,
    Stance stance,
    String text,
    List<String> about,
    List<Area> areas,
    Optional<Codes> codes,
    List<Span> evidence,
    double confidence,
    SortedMap<String, String> provenance)
    implements Event {
  public Statement {
    requireNonNull(id, "id is null");
    date = Values.opt(date, "date");
    requireNonNull(speaker, "speaker is null");
    requireNonNull(stance, "stance is null");
    requireNonNull(text, "text is null");
    about = Values.list(about, "about");
    areas = Values.list(areas, "areas");
    codes = Values.opt(codes, "codes");
    evidence = Values.list(evidence, "evidence");
    confidence = Values.confidence(confidence);
    provenance = Values.map(provenance, "provenance");
  }

  @JsonIgnore
  @Override
  public List<EventLink> links() {
    List<EventLink> links = new ArrayList<>();
    links.add(EventLink.of("speaker", speaker));
    Fields.links(links, "about", about);
    return links;
  }

  @JsonIgnore
  @Override
  public Map<String, String> fields() {
    Map<String, String> fields = Fields.common(this);
    fields.put("stance", stance.code());
    fields.put("text", text);
    return fields;
  }

  @Override
  public Statement copy(
      String id,
      UnaryOperator<String> actors,
      UnaryOperator<String> events,
      Optional<Codes> codes,
      SortedMap<String, String> provenance) {
    return new Statement(
        id,
        date,
        actors.apply(speaker),
        stance,
        text,
        Fields.map(about, actors),
        areas,
        codes,
        evidence,
        confidence,
        provenance);
  }
}
