package org.attache.store.query.events;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A party of an event: the actor ({@code person:12}, {@code organisation:3}), its kind and name
 * where the store gives them, and how it takes part ({@code link}).
 */
public record Party(String actor, Optional<String> kind, Optional<String> name, String link) {
  public Party {
    requireNonNull(actor, "actor is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(name, "name is null");
    requireNonNull(link, "link is null");
  }
}
