package org.attache.server.records;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A piece of a record in words: its text, the page it leads to (an actor's) and the key of its
 * evidence ({@code event}, {@code field:date}, {@code part:14}) that a page showing the document
 * lights.
 */
public record Part(String text, Optional<String> href, Optional<String> evidence) {
  public Part {
    requireNonNull(text, "text is null");
    requireNonNull(href, "href is null");
    requireNonNull(evidence, "evidence is null");
  }

  static Part plain(String text) {
    return new Part(text, Optional.empty(), Optional.empty());
  }

  static Part field(String text, String field) {
    return new Part(text, Optional.empty(), Optional.of("field:" + field));
  }
}
