package org.attache.store.query.documents;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.attache.store.query.Headings;

/**
 * A document that a search found: its heading ({@link Headings}), the start of its text and how
 * well it matched.
 */
public record DocumentHit(
    String id,
    String heading,
    Optional<String> title,
    Optional<String> published,
    Optional<String> source,
    String excerpt,
    float rank) {
  public DocumentHit {
    requireNonNull(id, "id is null");
    requireNonNull(heading, "heading is null");
    requireNonNull(title, "title is null");
    requireNonNull(published, "published is null");
    requireNonNull(source, "source is null");
    requireNonNull(excerpt, "excerpt is null");
  }
}
