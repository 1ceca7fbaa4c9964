package org.attache.spark;

import java.util.List;
import java.util.Locale;

/** How the job's input is stored. */
public enum InputFormat {
  /**
   * JSON Lines corpora ({@code .jsonl}, {@code .ndjson}, optionally gzipped), read by the readers.
   */
  JSONL,
  /** Text and HTML files, with or without a {@code TITLE:/DATE:/SOURCE:} header. */
  TEXT,
  /** Parquet tables with the columns of a corpus line: id, title, text, published, source. */
  PARQUET;

  /**
   * Whether a file found in an input directory is read in this format. The endings are those the
   * project's readers take from a directory, split between the two file formats.
   */
  boolean takes(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return extensions().stream().anyMatch(lower::endsWith);
  }

  /** The endings of the names of the files this format takes from a directory. */
  List<String> extensions() {
    switch (this) {
      case JSONL:
        return List.of(".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz");
      case TEXT:
        return List.of(".txt", ".text", ".html", ".htm", ".xhtml");
      case PARQUET:
        return List.of();
    }
    throw new AssertionError(this);
  }
}
