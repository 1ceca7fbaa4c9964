package org.attache.server.search;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.attache.store.query.actors.ActorName;
import org.attache.store.query.events.EventDetail;

/**
 * The search page: with a query, the actors, documents and events it finds; without one, the latest
 * documents.
 */
public record SearchView(
    Optional<String> query,
    List<ActorName> actors,
    List<DocumentLink> documents,
    List<EventDetail> events) {
  public SearchView {
    requireNonNull(query, "query is null");
    actors = List.copyOf(actors);
    documents = List.copyOf(documents);
    events = List.copyOf(events);
  }
}
