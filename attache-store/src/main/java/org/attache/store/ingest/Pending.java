package org.attache.store.ingest;

import java.util.Optional;
import org.attache.model.Span;

/**
 * One assertion about to be written: the value of a field of a subject, where the document says it
 * and how sure the extractor is.
 */
record Pending(
    String subjectKind,
    long subjectId,
    String field,
    String value,
    Optional<Span> span,
    double confidence) {

  /** The key that a document may assert only once. */
  String key() {
    return subjectKind + ":" + subjectId + ":" + field;
  }
}
