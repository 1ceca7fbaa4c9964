package org.attache.pipeline.read;

import static java.util.Objects.requireNonNull;

/** What reading one document gave: the document, or why there is none. */
public sealed interface ReadResult permits ReadResult.Read, ReadResult.Failed {

  /** Where the document was, or was to be, read from. */
  String source();

  /**
   * A document read.
   *
   * @param document the document
   */
  record Read(SourceDocument document) implements ReadResult {
    public Read {
      requireNonNull(document, "document is null");
    }

    @Override
    public String source() {
      return document.source();
    }
  }

  /**
   * A source that gave no document.
   *
   * @param source the file path, or {@code path:line} for a line of a JSON Lines corpus
   * @param reason why, in a few words: {@code "empty"}, {@code "not valid UTF-8"}, ...
   */
  record Failed(String source, String reason) implements ReadResult {
    public Failed {
      requireNonNull(source, "source is null");
      requireNonNull(reason, "reason is null");
    }

    /** The failure as one sentence: {@code Cannot read 'a.pdf': binary, not a text or HTML ...}. */
    public String message() {
      return "Cannot read '" + source + "': " + reason;
    }
  }
}
