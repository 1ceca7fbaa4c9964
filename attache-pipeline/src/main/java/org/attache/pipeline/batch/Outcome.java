package org.attache.pipeline.batch;

import static java.util.Objects.requireNonNull;

import org.attache.model.DocumentRecord;
import org.attache.pipeline.read.SourceDocument;

/** What became of one input: its record, or the reason it has none. */
public sealed interface Outcome {
  /** The file, URL or corpus item the input came from. */
  String source();

  /**
   * A document extracted.
   *
   * @param document the document as read
   * @param record its record
   */
  record Extracted(SourceDocument document, DocumentRecord record) implements Outcome {
    public Extracted {
      requireNonNull(document, "document is null");
      requireNonNull(record, "record is null");
    }

    @Override
    public String source() {
      return document.source();
    }
  }

  /**
   * An input that could not be read or extracted.
   *
   * @param source where it came from
   * @param reason why, for a person to read
   */
  record Failed(String source, String reason) implements Outcome {
    public Failed {
      requireNonNull(source, "source is null");
      requireNonNull(reason, "reason is null");
    }
  }
}
