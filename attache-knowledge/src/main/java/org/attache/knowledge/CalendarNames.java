package org.attache.knowledge;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The English names of the months and the days of the week, in lower case, as news in English
 * writes them: written out ("february"), and the months also abbreviated ("feb", "sept"). One list
 * for the header dates, the date finder and the name finder, so that they agree on what a month is.
 */
public final class CalendarNames {
  /** The months written out, January first. */
  public static final List<String> MONTHS = lowerCase(Stream.of(Month.values()).map(Month::name));

  /**
   * The abbreviations of the months the press uses, in calendar order: the first three letters of
   * each but May, and "sept" as well as "sep".
   */
  public static final List<String> MONTH_ABBREVIATIONS =
      List.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** The days of the week written out, Monday first. */
  public static final List<String> WEEKDAYS =
      lowerCase(Stream.of(DayOfWeek.values()).map(DayOfWeek::name));

  private CalendarNames() {}

  /**
   * The number of the month (1 to 12) that a lower-case name or abbreviation names, or 0 if it
   * names none.
   */
  public static int month(String word) {
    int written = MONTHS.indexOf(word);
    if (written >= 0) {
      return written + 1;
    }
    if (!MONTH_ABBREVIATIONS.contains(word)) {
      return 0;
    }
    for (int m = 0; m < MONTHS.size(); m++) {
      if (MONTHS.get(m).startsWith(word.substring(0, 3))) {
        return m + 1;
      }
    }
    return 0;
  }

  private static List<String> lowerCase(Stream<String> names) {
    return names.map(n -> n.toLowerCase(Locale.ROOT)).toList();
  }
}
