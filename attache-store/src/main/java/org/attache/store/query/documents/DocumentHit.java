package org.attache.store.query.documents;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A document that a search found: the start of its text and how well it matched. */
public record DocumentHit(
    String id,
    Optional<String> title,
    Optional<String> published,
    Optional<String> source,
    String excerpt,
    float rank) {
  public DocumentHit {
    requireNonNull(id, "id is null");
    requireNonNull(title, "title is null");
    requireNonNull(published, "published is null");
    requireNonNull(source, "source is null");
    requireNonNull(excerpt, "excerpt is null");
  }
}
