package org.attache.store.query.network;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A state or organisation of the network and in how many of its events it took part. */
public record NetworkNode(String actor, long events, Optional<String> kind, Optional<String> name) {
  public NetworkNode {
    requireNonNull(actor, "actor is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(name, "name is null");
  }
}
