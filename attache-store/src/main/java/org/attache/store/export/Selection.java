package org.attache.store.export;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an export holds: the events a filter keeps, their actors, and the posts of the people among
 * them. Without a filter, every person and organisation of the store, in events or not.
 *
 * @param events by event id
 * @param actors by {@link StoredActor#id()}, people first, in {@link StoredActor#ID_ORDER}
 * @param memberships by person, then the first report
 */
public record Selection(
    List<StoredEvent> events, Map<String, StoredActor> actors, List<StoredMembership> memberships) {
  public Selection {
    events = List.copyOf(events);
    SortedMap<String, StoredActor> sorted = new TreeMap<>(StoredActor.ID_ORDER);
    sorted.putAll(requireNonNull(actors, "actors is null"));
    actors = Collections.unmodifiableSortedMap(sorted);
    memberships = List.copyOf(memberships);
  }

  /** An actor by id; empty for one the store no longer shows (every report of it rejected). */
  public Optional<StoredActor> actor(String id) {
    return Optional.ofNullable(actors.get(id));
  }
}
