package org.attache.store.merge;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An event of a record about to be stored, its actors resolved to store keys.
 *
 * @param type the event type ({@code meeting}, {@code agreement}, ...)
 * @param actors the event's actors as {@code link|actor key}: {@code participant|person:3}
 * @param fields the event's fields by name ({@code date}, {@code instrument}, ...)
 * @param published the publication date of the document that reports it, if known: what an undated
 *     meeting is matched by (never stored as its date)
 */
public record Incoming(
    String type, Set<String> actors, Map<String, String> fields, Optional<String> published) {
  public Incoming {
    requireNonNull(type, "type is null");
    actors = Set.copyOf(actors);
    fields = Map.copyOf(fields);
    requireNonNull(published, "published is null");
  }

  /** An event of a document whose publication date is unknown. */
  public Incoming(String type, Set<String> actors, Map<String, String> fields) {
    this(type, actors, fields, Optional.empty());
  }

  Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }
}
