package org.attache.spark;

import org.attache.pipeline.Extractor;

/**
 * The one extractor of this JVM, loaded on first use: an executor loads CoreNLP once (about 1.5 GB
 * of heap) and its task threads share it, as the extractor is thread-safe. Nothing large is shipped
 * with the tasks.
 */
final class SharedExtractor {
  private static Extractor extractor;
  private static Extractor triaged;

  private SharedExtractor() {}

  /** The standard extractor, or with {@code triage} the one behind triage (same models). */
  static synchronized Extractor get(boolean triage) {
    if (triage) {
      if (triaged == null) {
        triaged = Extractor.standardWithTriage();
      }
      return triaged;
    }
    if (extractor == null) {
      extractor = Extractor.standard();
    }
    return extractor;
  }
}
