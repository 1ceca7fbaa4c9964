package org.attache.server.review;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.attache.store.review.ReviewItem;

/** A field of the review queue as the API gives it. */
public record ReviewBody(
    long id,
    String documentId,
    String subjectKind,
    long subjectId,
    String field,
    Optional<String> value,
    Optional<String> machineValue,
    Optional<Integer> spanStart,
    Optional<Integer> spanEnd,
    Optional<String> quote,
    double confidence,
    String state) {
  public ReviewBody {
    requireNonNull(documentId, "documentId is null");
    requireNonNull(subjectKind, "subjectKind is null");
    requireNonNull(field, "field is null");
    requireNonNull(value, "value is null");
    requireNonNull(machineValue, "machineValue is null");
    requireNonNull(spanStart, "spanStart is null");
    requireNonNull(spanEnd, "spanEnd is null");
    requireNonNull(quote, "quote is null");
    requireNonNull(state, "state is null");
  }

  static ReviewBody of(ReviewItem item) {
    return new ReviewBody(
        item.id(),
        item.documentId(),
        item.subjectKind(),
        item.subjectId(),
        item.field(),
        item.value(),
        item.machineValue(),
        item.span().map(s -> s.start()),
        item.span().map(s -> s.end()),
        item.quote(),
        item.confidence(),
        item.state().code());
  }
}
