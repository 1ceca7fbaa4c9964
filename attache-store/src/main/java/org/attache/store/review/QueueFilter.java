package org.attache.store.review;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.attache.model.error.AttacheException;
import org.attache.store.merge.IsoDates;

/**
 * Which unreviewed fields the review queue shows; every part is optional.
 *
 * @param record the kind of record the field belongs to: one of {@link #RECORDS}
 * @param actor an actor ({@code person:12}, {@code organisation:3}): its own names and posts, its
 *     parts in events and the fields of the events it takes part in
 * @param from the first publication date (ISO 8601, any precision) of the fields' documents
 * @param to the last publication date
 */
public record QueueFilter(
    Optional<String> record, Optional<String> actor, Optional<String> from, Optional<String> to) {
  /** The kinds of record: people, posts, states and organisations, and the types of event. */
  public static final Set<String> RECORDS =
      Set.of(
          "person",
          "post",
          "state",
          "organisation",
          "meeting",
          "statement",
          "agreement",
          "plan",
          "priorities",
          "establishment");

  /**
   * @throws AttacheException a bad input naming the value when a record is not one of {@link
   *     #RECORDS}, an actor not a key, or a date not an ISO date
   */
  public QueueFilter {
    requireNonNull(record, "record is null");
    requireNonNull(actor, "actor is null");
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
    record.ifPresent(
        r -> {
          if (!RECORDS.contains(r)) {
            throw AttacheException.badInput(
                "Not a kind of record (" + new TreeSet<>(RECORDS) + "): '" + r + "'");
          }
        });
    actor.ifPresent(
        a -> {
          if (!a.matches("(person|organisation):\\d{1,18}")) {
            throw AttacheException.badInput(
                "Not an actor (person:ID or organisation:ID): '" + a + "'");
          }
        });
    for (Optional<String> date : List.of(from, to)) {
      date.ifPresent(
          d -> {
            if (!IsoDates.isValid(d)) {
              throw AttacheException.badInput(
                  "Not an ISO date (2021, 2021-02, 2021-02-08): '" + d + "'");
            }
          });
    }
  }

  /** Every unreviewed field. */
  public static QueueFilter all() {
    return new QueueFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Whether the filter lets every field through. */
  public boolean isAll() {
    return record.isEmpty() && actor.isEmpty() && from.isEmpty() && to.isEmpty();
  }
}
