package org.attache.store.query.network;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * An event of three or more states and organisations, which the network draws as a node joined to
 * its members rather than as an edge between every two of them.
 */
public record NetworkEvent(
    long id, String type, Optional<String> date, List<String> members, List<String> names) {
  public NetworkEvent {
    requireNonNull(type, "type is null");
    requireNonNull(date, "date is null");
    members = List.copyOf(members);
    names = List.copyOf(names);
  }
}
