package org.attache.server.records;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/** A record in words: the parts of its sentence, in order. */
public record Phrase(long event, String type, List<Part> parts) {
  public Phrase {
    requireNonNull(type, "type is null");
    parts = List.copyOf(parts);
  }

  /** The sentence as plain text. */
  public String text() {
    return parts.stream().map(Part::text).collect(Collectors.joining());
  }
}
