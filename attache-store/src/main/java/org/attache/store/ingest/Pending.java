package org.attache.store.ingest;

import java.util.List;
import java.util.Optional;
import org.attache.model.Span;

/**
 * One assertion about to be written: the value of a field of a subject, where the document says it
 * and how sure the extractor is.
 *
 * @param spans every span of the document the value was read from, the first the main one
 */
record Pending(
    String subjectKind,
    long subjectId,
    String field,
    String value,
    List<Span> spans,
    double confidence) {
  Pending {
    spans = List.copyOf(spans.stream().distinct().toList());
  }

  /** The key that a document may assert only once. */
  String key() {
    return subjectKind + ":" + subjectId + ":" + field;
  }

  /** The main span: the first. */
  Optional<Span> span() {
    return spans.stream().findFirst();
  }
}
