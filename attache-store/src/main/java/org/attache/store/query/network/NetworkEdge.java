package org.attache.store.query.network;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Two actors that took part in the same events: in how many, and in how many of those they were the
 * only two ({@code bilateral}), which the network draws as an edge.
 */
public record NetworkEdge(
    String source,
    String target,
    long events,
    long bilateral,
    Optional<String> sourceName,
    Optional<String> targetName) {
  public NetworkEdge {
    requireNonNull(source, "source is null");
    requireNonNull(target, "target is null");
    requireNonNull(sourceName, "sourceName is null");
    requireNonNull(targetName, "targetName is null");
  }
}
