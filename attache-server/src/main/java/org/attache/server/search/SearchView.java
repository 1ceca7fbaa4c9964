package org.attache.server.search;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.attache.store.query.actors.ActorName;
import org.attache.store.query.events.EventDetail;

/**
 * The search page: the actors, documents (each with its sentence that matches best) and events a
 * query finds.
 */
public record SearchView(
    Optional<String> query,
    List<ActorName> actors,
    List<SearchHit> documents,
    List<EventDetail> events) {
  public SearchView {
    requireNonNull(query, "query is null");
    actors = List.copyOf(actors);
    documents = List.copyOf(documents);
    events = List.copyOf(events);
  }
}
