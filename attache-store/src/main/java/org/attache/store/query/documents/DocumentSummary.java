package org.attache.store.query.documents;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A document in a list: its id (64 hex digits) and what names it. */
public record DocumentSummary(
    String id,
    Optional<String> title,
    Optional<String> published,
    Optional<String> source,
    Optional<String> url) {
  public DocumentSummary {
    requireNonNull(id, "id is null");
    requireNonNull(title, "title is null");
    requireNonNull(published, "published is null");
    requireNonNull(source, "source is null");
    requireNonNull(url, "url is null");
  }
}
