package org.attache.pipeline.mentions;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names of months and days of the week, in lower case: capitalised like names, never part of one.
 */
final class CalendarWords {
  private static final List<String> MONTH_NAMES =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  private static final List<String> MONTH_ABBREVIATIONS =
      List.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  private static final List<String> WEEKDAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** The months, written out or abbreviated. */
  static final Set<String> MONTHS = union(MONTH_NAMES, MONTH_ABBREVIATIONS);

  /** The months written out and the days of the week. */
  static final Set<String> MONTHS_AND_DAYS = union(MONTH_NAMES, WEEKDAYS);

  private CalendarWords() {}

  private static Set<String> union(List<String> a, List<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
