package org.attache.store.query.events;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A party of an event: the actor ({@code person:12}, {@code organisation:3}), its kind and name
 * where the store gives them, how it takes part ({@code link}), the id of that part where the actor
 * is named in the event itself (not only as a person's organisation): for a meeting's participant
 * its role ({@code host}, {@code guest}, {@code participant}); for a person the organisation or
 * state on whose behalf it took part and its post there.
 */
public record Party(
    String actor,
    Optional<String> kind,
    Optional<String> name,
    String link,
    Optional<Long> part,
    Optional<String> role,
    Optional<String> onBehalfOf,
    Optional<PartyPost> post) {
  public Party {
    requireNonNull(actor, "actor is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(name, "name is null");
    requireNonNull(link, "link is null");
    requireNonNull(part, "part is null");
    requireNonNull(role, "role is null");
    requireNonNull(onBehalfOf, "onBehalfOf is null");
    requireNonNull(post, "post is null");
  }
}
