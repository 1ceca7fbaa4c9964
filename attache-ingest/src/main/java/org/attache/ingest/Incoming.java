package org.attache.ingest;

import org.attache.pipeline.analysis.TextNormaliser;
import org.attache.pipeline.read.SourceDocument;
import org.attache.store.ingest.IncomingDocument;

/** A document read from its source, as the store keeps it beside its record. */
public final class Incoming {
  private Incoming() {}

  /**
   * The document with the text the extractor reads (normalised as {@link TextNormaliser} does, so
   * that the record's spans point into it), and the sentences each field was read from found by the
   * extractor's own date finder.
   */
  public static IncomingDocument of(SourceDocument document) {
    String text = TextNormaliser.normalise(document.text());
    return new IncomingDocument(
        document.id(),
        document.source(),
        document.url(),
        text,
        new FieldSpans(text, document.published()));
  }
}
