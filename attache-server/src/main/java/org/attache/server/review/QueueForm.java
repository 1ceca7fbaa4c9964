package org.attache.server.review;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The filter form of the review queue as it was filled in: the kind of record, the actor by name,
 * the publication dates, and the kinds of record to choose from.
 */
public record QueueForm(
    Optional<String> record,
    Optional<String> actor,
    Optional<String> from,
    Optional<String> to,
    List<String> records) {
  public QueueForm {
    requireNonNull(record, "record is null");
    requireNonNull(actor, "actor is null");
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
    records = List.copyOf(records);
  }
}
