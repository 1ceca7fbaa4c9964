package org.attache.store.query.actors;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** An organisation that took part in events with an actor, and in how many. */
public record Partner(String actor, Optional<String> kind, Optional<String> name, long events) {
  public Partner {
    requireNonNull(actor, "actor is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(name, "name is null");
  }
}
