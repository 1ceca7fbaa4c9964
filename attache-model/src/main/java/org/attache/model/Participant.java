package org.attache.model;

import static java.util.Objects.requireNonNull;

/**
 * One actor taking part in a meeting.
 *
 * @param actor the actor's id in the record
 * @param role host, guest or participant
 */
public record Participant(String actor, Role role) {
  public Participant {
    requireNonNull(actor, "actor is null");
    requireNonNull(role, "role is null");
  }
}
