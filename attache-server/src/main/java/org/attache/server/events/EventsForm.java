package org.attache.server.events;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The filter form of the events page as it was filled in: the type, the actors by name, the area
 * and the dates, with the types and areas one can choose from.
 */
public record EventsForm(
    Optional<String> type,
    Optional<String> actor,
    Optional<String> with,
    Optional<String> area,
    Optional<String> from,
    Optional<String> to,
    List<String> types,
    List<String> areas) {
  public EventsForm {
    requireNonNull(type, "type is null");
    requireNonNull(actor, "actor is null");
    requireNonNull(with, "with is null");
    requireNonNull(area, "area is null");
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
    types = List.copyOf(types);
    areas = List.copyOf(areas);
  }
}
