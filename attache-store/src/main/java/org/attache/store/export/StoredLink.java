package org.attache.store.export;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An actor's part in a stored event.
 *
 * @param link participant, party, speaker, about, actor or founder
 * @param actor the {@link StoredActor#id()}
 * @param role for participants: host, guest or participant
 * @param onBehalfOf the organisation (a state included) a person acts for
 */
public record StoredLink(
    String link, String actor, Optional<String> role, Optional<String> onBehalfOf) {
  public StoredLink {
    requireNonNull(link, "link is null");
    requireNonNull(actor, "actor is null");
    requireNonNull(role, "role is null");
    requireNonNull(onBehalfOf, "onBehalfOf is null");
  }
}
