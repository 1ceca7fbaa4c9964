package org.attache.store.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A document as the store keeps it, beside its record.
 *
 * @param id the document's id, which its record must carry
 * @param source the file, feed or corpus line it came from, named in errors
 * @param url where it was published, if known
 * @param text the text exactly as the extractor read it: the record's spans point into it
 * @param fieldSources which evidence sentences each field was read from
 */
public record IncomingDocument(
    String id, String source, Optional<String> url, String text, FieldSources fieldSources) {
  public IncomingDocument {
    requireNonNull(id, "id is null");
    requireNonNull(source, "source is null");
    requireNonNull(url, "url is null");
    requireNonNull(text, "text is null");
    requireNonNull(fieldSources, "fieldSources is null");
  }
}
