package org.attache.store.query.network;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The contact network of a type of event, an area and a period: its nodes (the most active first),
 * the pairs of actors with the events they shared (the most first), and the events of three or more
 * members.
 */
public record NetworkGraph(
    String type,
    Optional<String> area,
    Optional<String> from,
    Optional<String> to,
    List<NetworkNode> nodes,
    List<NetworkEdge> edges,
    List<NetworkEvent> multilateral) {
  public NetworkGraph {
    requireNonNull(type, "type is null");
    requireNonNull(area, "area is null");
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    multilateral = List.copyOf(multilateral);
  }
}
