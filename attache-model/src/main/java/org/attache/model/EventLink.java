package org.attache.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An actor an event names, with the part it plays there.
 *
 * @param link what the actor is to the event: {@code participant}, {@code speaker}, {@code about},
 *     {@code party}, {@code actor} or {@code founder}
 * @param actor the actor's id in the record
 * @param role a participant's role at a meeting; empty for the other links
 */
public record EventLink(String link, String actor, Optional<Role> role) {
  public EventLink {
    requireNonNull(link, "link is null");
    requireNonNull(actor, "actor is null");
    requireNonNull(role, "role is null");
  }

  /** A link with no meeting role. */
  public static EventLink of(String link, String actor) {
    return new EventLink(link, actor, Optional.empty());
  }
}
