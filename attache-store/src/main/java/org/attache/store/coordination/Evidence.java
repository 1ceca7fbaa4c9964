package org.attache.store.coordination;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored event that a person confirmed as carrying out an item, with what its source said, kept
 * as it was when confirmed.
 *
 * @param event the event's id, while the store still has it
 * @param date when it took place
 * @param documentId the document that reports it
 * @param source where that document was read from
 * @param headline the document's title
 * @param sentence the sentence that says it took place
 */
public record Evidence(
    Optional<Long> event,
    Optional<String> date,
    Optional<String> documentId,
    Optional<String> source,
    Optional<String> headline,
    Optional<String> sentence,
    String confirmedBy,
    Instant at) {
  public Evidence {
    requireNonNull(event, "event is null");
    requireNonNull(date, "date is null");
    requireNonNull(documentId, "documentId is null");
    requireNonNull(source, "source is null");
    requireNonNull(headline, "headline is null");
    requireNonNull(sentence, "sentence is null");
    requireNonNull(confirmedBy, "confirmedBy is null");
    requireNonNull(at, "at is null");
  }
}
