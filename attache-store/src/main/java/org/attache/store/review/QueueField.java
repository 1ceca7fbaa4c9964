package org.attache.store.review;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A field of the review queue: the field as a reviewer sees it, why it waits where it does, the
 * record it belongs to (person, post, state, organisation or an event's type), the name of the
 * actor it is or concerns (a person, an organisation, the holder of a post, the actor of an event's
 * part), the name of the actor its value points to (the organisation of {@code on_behalf_of}) and,
 * for a post, the organisation it is of; and the sentence that holds its span, where one does, with
 * where that sentence starts.
 */
public record QueueField(
    ReviewItem item,
    Concern concern,
    Optional<String> record,
    Optional<String> subjectName,
    Optional<String> valueName,
    Optional<String> organisationName,
    Optional<Integer> sentenceStart,
    Optional<String> sentence) {
  public QueueField {
    requireNonNull(item, "item is null");
    requireNonNull(concern, "concern is null");
    requireNonNull(record, "record is null");
    requireNonNull(subjectName, "subjectName is null");
    requireNonNull(valueName, "valueName is null");
    requireNonNull(organisationName, "organisationName is null");
    requireNonNull(sentenceStart, "sentenceStart is null");
    requireNonNull(sentence, "sentence is null");
  }
}
