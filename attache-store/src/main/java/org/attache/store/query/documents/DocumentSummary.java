package org.attache.store.query.documents;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.attache.store.query.Headings;

/**
 * A document in a list: its id (64 hex digits), its heading ({@link Headings}) and what names it.
 */
public record DocumentSummary(
    String id,
    String heading,
    Optional<String> title,
    Optional<String> published,
    Optional<String> source,
    Optional<String> url) {
  public DocumentSummary {
    requireNonNull(id, "id is null");
    requireNonNull(heading, "heading is null");
    requireNonNull(title, "title is null");
    requireNonNull(published, "published is null");
    requireNonNull(source, "source is null");
    requireNonNull(url, "url is null");
  }
}
