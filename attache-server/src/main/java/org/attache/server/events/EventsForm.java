package org.attache.server.events;

import java.util.List;
import java.util.Optional;
import org.attache.model.Require;

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
    Require.nonNull("type, actor, with, area, from, to", type, actor, with, area, from, to);
    types = List.copyOf(types);
    areas = List.copyOf(areas);
  }
}
