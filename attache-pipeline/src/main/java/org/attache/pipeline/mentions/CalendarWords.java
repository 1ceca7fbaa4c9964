package org.attache.pipeline.mentions;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attache.knowledge.CalendarNames;

/**
 * Names of months and days of the week, in lower case: capitalised like names, never part of one.
 */
final class CalendarWords {
  /** The months, written out or abbreviated. */
  static final Set<String> MONTHS = union(CalendarNames.MONTHS, CalendarNames.MONTH_ABBREVIATIONS);

  /** The months written out and the days of the week. */
  static final Set<String> MONTHS_AND_DAYS = union(CalendarNames.MONTHS, CalendarNames.WEEKDAYS);

  private CalendarWords() {}

  private static Set<String> union(List<String> a, List<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
