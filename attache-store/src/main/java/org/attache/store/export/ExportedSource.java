package org.attache.store.export;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.attache.model.Span;

/**
 * A document reporting an exported event, in the JSON Lines export: the keys of a record's {@code
 * document} (RECORDS.md) with the event's evidence in that document and the extractor's confidence
 * there.
 */
public record ExportedSource(
    String id,
    Optional<String> title,
    Optional<String> published,
    String source,
    List<Span> evidence,
    double confidence) {
  public ExportedSource {
    requireNonNull(id, "id is null");
    requireNonNull(title, "title is null");
    requireNonNull(published, "published is null");
    requireNonNull(source, "source is null");
    evidence = List.copyOf(evidence);
  }
}
