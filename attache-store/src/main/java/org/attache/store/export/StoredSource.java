package org.attache.store.export;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.attache.model.Span;

/**
 * A document that reports a stored event.
 *
 * @param document the document's id (SHA-256 of its text)
 * @param source the file or URL it was read from
 * @param title its title
 * @param published its publication date
 * @param evidence the span of its text the event was read from
 * @param confidence how sure the extractor was of the event in this document
 */
public record StoredSource(
    String document,
    String source,
    Optional<String> title,
    Optional<String> published,
    Optional<Span> evidence,
    double confidence) {
  public StoredSource {
    requireNonNull(document, "document is null");
    requireNonNull(source, "source is null");
    requireNonNull(title, "title is null");
    requireNonNull(published, "published is null");
    requireNonNull(evidence, "evidence is null");
  }
}
