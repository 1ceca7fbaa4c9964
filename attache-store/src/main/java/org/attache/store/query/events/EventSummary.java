package org.attache.store.query.events;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** An event's id, type and date (ISO, of any precision), when it has one. */
public record EventSummary(long id, String type, Optional<String> date) {
  public EventSummary {
    requireNonNull(type, "type is null");
    requireNonNull(date, "date is null");
  }
}
