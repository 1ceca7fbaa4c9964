package org.attache.server.search;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A document a search found: where its page is, its heading and date, and its sentence that matches
 * best with the words of the query marked.
 */
public record SearchHit(
    String id, String heading, Optional<String> published, List<Piece> sentence) {
  public SearchHit {
    requireNonNull(id, "id is null");
    requireNonNull(heading, "heading is null");
    requireNonNull(published, "published is null");
    sentence = List.copyOf(sentence);
  }
}
