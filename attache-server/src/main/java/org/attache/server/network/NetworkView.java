package org.attache.server.network;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.attache.store.query.network.NetworkGraph;

/**
 * The network page: the graph, the event types to choose from, and the query its chart asks the API
 * with.
 */
public record NetworkView(NetworkGraph graph, List<String> types, String query) {
  public NetworkView {
    requireNonNull(graph, "graph is null");
    types = List.copyOf(types);
    requireNonNull(query, "query is null");
  }
}
