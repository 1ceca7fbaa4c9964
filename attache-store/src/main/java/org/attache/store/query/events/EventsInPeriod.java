package org.attache.store.query.events;

import static java.util.Objects.requireNonNull;

/**
 * How many events of a type fell in a period: a month ({@code 2024-03}), or a year ({@code 2024})
 * for the events dated only by their year.
 */
public record EventsInPeriod(String type, String period, long events) {
  public EventsInPeriod {
    requireNonNull(type, "type is null");
    requireNonNull(period, "period is null");
    if (!period.matches("\\d{4}(-\\d{2})?")) {
      throw new IllegalArgumentException("Not a month or a year: '" + period + "'");
    }
  }
}
