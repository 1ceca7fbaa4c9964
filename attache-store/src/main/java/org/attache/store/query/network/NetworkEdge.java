package org.attache.store.query.network;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** Two actors that took part in the same events, and in how many. */
public record NetworkEdge(
    String source,
    String target,
    long events,
    Optional<String> sourceName,
    Optional<String> targetName) {
  public NetworkEdge {
    requireNonNull(source, "source is null");
    requireNonNull(target, "target is null");
    requireNonNull(sourceName, "sourceName is null");
    requireNonNull(targetName, "targetName is null");
  }
}
