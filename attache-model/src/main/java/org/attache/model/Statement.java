package org.attache.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

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
    date = Checks.opt(date);
    requireNonNull(speaker, "speaker is null");
    requireNonNull(stance, "stance is null");
    requireNonNull(text, "text is null");
    about = Checks.list(about);
    areas = Checks.list(areas);
    codes = Checks.opt(codes);
    evidence = Checks.list(evidence);
    confidence = Checks.confidence(confidence);
    provenance = Checks.map(provenance);
  }
}
