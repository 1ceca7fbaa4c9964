package org.attache.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Everything extracted from one document: the unit of the JSON Lines output.
 *
 * @param schema always {@link #SCHEMA}
 */
public record DocumentRecord(
    String schema, DocumentInfo document, List<Actor> actors, List<Event> events) {
  /** The version of the record format this code writes. */
  public static final String SCHEMA = "attache.record/1";

  public DocumentRecord {
    requireNonNull(schema, "schema is null");
    requireNonNull(document, "document is null");
    actors = Values.list(actors, "actors");
    events = Values.list(events, "events");
  }

  public DocumentRecord(DocumentInfo document, List<Actor> actors, List<Event> events) {
    this(SCHEMA, document, actors, events);
  }

  public Optional<Actor> actor(String id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  public <T extends Event> List<T> events(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
