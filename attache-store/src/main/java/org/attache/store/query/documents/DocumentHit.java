package org.attache.store.query.documents;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.attache.store.query.Headings;

/**
 * A document that a search found: its heading ({@link Headings}), the start of its text, how well
 * it matched, and where its best matching sentence starts and what it says.
 */
public record DocumentHit(
    String id,
    String heading,
    Optional<String> title,
    Optional<String> published,
    Optional<String> source,
    String excerpt,
    float rank,
    Optional<Integer> sentenceStart,
    Optional<String> sentence) {
  public DocumentHit {
    requireNonNull(id, "id is null");
    requireNonNull(heading, "heading is null");
    requireNonNull(title, "title is null");
    requireNonNull(published, "published is null");
    requireNonNull(source, "source is null");
    requireNonNull(excerpt, "excerpt is null");
    requireNonNull(sentenceStart, "sentenceStart is null");
    requireNonNull(sentence, "sentence is null");
  }
}
