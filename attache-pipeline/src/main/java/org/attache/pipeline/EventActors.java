package org.attache.pipeline;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.attache.model.Event;
import org.attache.model.EventLink;
import org.attache.model.Plan;

/** The actor ids an event refers to, and the event with its ids replaced. */
final class EventActors {
  private EventActors() {}

  static Set<String> of(Event event) {
    Set<String> ids = new LinkedHashSet<>();
    for (EventLink link : event.links()) {
      ids.add(link.actor());
    }
    return ids;
  }

  /** The event with id {@code id} and every actor id mapped through {@code actors}. */
  static Event renumber(Event event, String id, Map<String, String> actors) {
    return event.withIds(id, actors::get);
  }

  /**
   * A plan with its framework's event id mapped through {@code events}; other events as they are.
   */
  static Event withFramework(Event event, Map<String, String> events) {
    if (!(event instanceof Plan p) || p.framework().isEmpty()) {
      return event;
    }
    return p.withFramework(events::get);
  }
}
