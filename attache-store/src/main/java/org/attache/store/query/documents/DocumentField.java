package org.attache.store.query.documents;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A field a document asserts: its subject, value, main span and every span it was read from (in
 * text order), confidence and review state; {@code highlight} is the kind of mention it marks in
 * the text (person, organisation, place, date), {@code eventType} the type of an event subject,
 * {@code subjectName} the name of the actor the subject is or concerns (a person, an organisation,
 * the holder of a post, the actor of an event's part) and {@code valueName} the name of the actor a
 * value points to (the organisation of {@code on_behalf_of}).
 */
public record DocumentField(
    long id,
    String subjectKind,
    long subjectId,
    String field,
    Optional<String> value,
    Optional<Integer> spanStart,
    Optional<Integer> spanEnd,
    double confidence,
    String state,
    Optional<String> highlight,
    Optional<String> eventType,
    Optional<String> subjectName,
    Optional<String> valueName,
    List<Span> spans) {
  public DocumentField {
    requireNonNull(subjectKind, "subjectKind is null");
    requireNonNull(field, "field is null");
    requireNonNull(value, "value is null");
    requireNonNull(spanStart, "spanStart is null");
    requireNonNull(spanEnd, "spanEnd is null");
    requireNonNull(state, "state is null");
    requireNonNull(highlight, "highlight is null");
    requireNonNull(eventType, "eventType is null");
    requireNonNull(subjectName, "subjectName is null");
    requireNonNull(valueName, "valueName is null");
    spans = List.copyOf(spans);
  }

  /** Every span the field was read from, or failing them its main span, or none. */
  public List<Span> evidence() {
    if (!spans.isEmpty()) {
      return spans;
    }
    if (spanStart.isPresent() && spanEnd.isPresent()) {
      return List.of(new Span(spanStart.get(), spanEnd.get()));
    }
    return List.of();
  }
}
