package org.attache.store.query.events;

import static java.util.Objects.requireNonNull;

/** How many meetings a year (four digits) saw. */
public record MeetingsInYear(String year, long meetings) {
  public MeetingsInYear {
    requireNonNull(year, "year is null");
  }
}
