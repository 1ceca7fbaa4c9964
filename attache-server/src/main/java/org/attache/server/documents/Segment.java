package org.attache.server.documents;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A piece of a document's text between two boundaries of its fields' spans, with the kind of
 * mention that covers it, if any (person, organisation, place, date).
 */
public record Segment(int start, int end, Optional<String> kind, String text) {
  public Segment {
    requireNonNull(kind, "kind is null");
    requireNonNull(text, "text is null");
  }

  /** The classes of the element: {@code seg}, and {@code hl-KIND} when highlighted. */
  public String classes() {
    return kind.map(k -> "seg hl-" + k).orElse("seg");
  }
}
