package org.attache.pipeline.read;

import java.util.List;
import java.util.Locale;

/** What a file's name says about its content. */
final class DocumentFiles {
  /** The endings of the files read from a directory; other files there are skipped. */
  static final List<String> EXTENSIONS =
      List.of(
          ".txt",
          ".text",
          ".html",
          ".htm",
          ".xhtml",
          ".jsonl",
          ".ndjson",
          ".jsonl.gz",
          ".ndjson.gz");

  private DocumentFiles() {}

  static boolean isDocument(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(lower::endsWith);
  }

  static boolean isJsonLines(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl")
        || lower.endsWith(".ndjson")
        || lower.endsWith(".jsonl.gz")
        || lower.endsWith(".ndjson.gz");
  }

  static boolean isHtml(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml");
  }
}
