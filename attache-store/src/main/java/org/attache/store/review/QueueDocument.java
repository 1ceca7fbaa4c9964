package org.attache.store.review;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A document of the review queue: its heading and date, how many of its fields wait (of those the
 * filter lets through), the concern of the most pressing one, and the first of them in the queue's
 * order.
 */
public record QueueDocument(
    String id,
    String heading,
    Optional<String> published,
    long waiting,
    Concern concern,
    List<QueueField> fields) {
  public QueueDocument {
    requireNonNull(id, "id is null");
    requireNonNull(heading, "heading is null");
    requireNonNull(published, "published is null");
    requireNonNull(concern, "concern is null");
    fields = List.copyOf(fields);
  }

  /** How many of its waiting fields are not shown. */
  public long notShown() {
    return waiting - fields.size();
  }
}
