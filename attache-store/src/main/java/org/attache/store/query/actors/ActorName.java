package org.attache.store.query.actors;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An actor's key ({@code person:12}, {@code organisation:3}), kind ({@code person}, {@code state},
 * {@code organisation}), id, display name and code where it has them.
 */
public record ActorName(
    String actor, String kind, long id, Optional<String> name, Optional<String> code) {
  public ActorName {
    requireNonNull(actor, "actor is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(name, "name is null");
    requireNonNull(code, "code is null");
  }

  /** The display name, or "null" for an actor the store has no name for. */
  public String label() {
    return name.orElse("null");
  }
}
