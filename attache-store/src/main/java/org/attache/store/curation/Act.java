package org.attache.store.curation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One act of an editor, as the curation log keeps it.
 *
 * @param id the act's id, in the order the acts were made
 * @param kind correct, post, merge, split, add_participant, remove_participant, change_role,
 *     reject_event or not_diplomatic
 * @param summary what it did, in words
 * @param curator who did it
 * @param reason why, if they said
 * @param at when
 * @param undoneAt when it was undone, if it was
 * @param undoneBy who undid it
 * @param documents the documents whose records it changed
 * @param actors the actors it concerns ({@code person:12})
 */
public record Act(
    long id,
    String kind,
    String summary,
    String curator,
    Optional<String> reason,
    Instant at,
    Optional<Instant> undoneAt,
    Optional<String> undoneBy,
    List<String> documents,
    List<String> actors) {
  public Act {
    requireNonNull(kind, "kind is null");
    requireNonNull(summary, "summary is null");
    requireNonNull(curator, "curator is null");
    requireNonNull(reason, "reason is null");
    requireNonNull(at, "at is null");
    requireNonNull(undoneAt, "undoneAt is null");
    requireNonNull(undoneBy, "undoneBy is null");
    documents = List.copyOf(documents);
    actors = List.copyOf(actors);
  }

  public boolean undone() {
    return undoneAt.isPresent();
  }
}
