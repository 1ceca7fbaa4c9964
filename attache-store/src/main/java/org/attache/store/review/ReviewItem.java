package org.attache.store.review;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.attache.model.Span;

/**
 * One extracted field as a reviewer sees it.
 *
 * @param id the assertion's id, by which it is confirmed, corrected or rejected
 * @param documentId the document that says it
 * @param subjectKind what it is about: person, organisation, membership, event, event_actor, ...
 * @param subjectId the id of that subject
 * @param field the field's name: name, date, role, place.city, ...
 * @param value the current value (a correction, once made)
 * @param machineValue what the extractor said
 * @param span where the document says it
 * @param quote the text at the span
 * @param extractorVersion the version of the extractor that said it
 * @param confidence how sure the extractor was
 * @param state machine, confirmed, corrected or rejected
 */
public record ReviewItem(
    long id,
    String documentId,
    String subjectKind,
    long subjectId,
    String field,
    Optional<String> value,
    Optional<String> machineValue,
    Optional<Span> span,
    Optional<String> quote,
    String extractorVersion,
    double confidence,
    ReviewState state) {
  public ReviewItem {
    requireNonNull(documentId, "documentId is null");
    requireNonNull(subjectKind, "subjectKind is null");
    requireNonNull(field, "field is null");
    requireNonNull(value, "value is null");
    requireNonNull(machineValue, "machineValue is null");
    requireNonNull(span, "span is null");
    requireNonNull(quote, "quote is null");
    requireNonNull(extractorVersion, "extractorVersion is null");
    requireNonNull(state, "state is null");
  }
}
