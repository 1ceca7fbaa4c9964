package org.attache.store.query.events;

import java.util.List;

/** One page of the events matching a filter, and how many match in all. */
public record EventPage(long total, int limit, int offset, List<EventDetail> items) {
  public EventPage {
    items = List.copyOf(items);
  }
}
