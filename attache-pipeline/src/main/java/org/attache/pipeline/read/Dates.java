package org.attache.pipeline.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.knowledge.CalendarNames;

/**
 * Publication dates as headers and page metadata write them. Accepted: ISO dates ({@code
 * 2021-02-08}), ISO date-times with or without a zone (the date as written is kept), RFC 1123
 * ({@code Mon, 08 Feb 2021 10:00:00 GMT}), and English day-month-year or month-day-year dates
 * ({@code 8 February 2021}, {@code February 8, 2021}, {@code Feb. 8, 2021}), optionally after a
 * weekday and before a time. Anything else gives no date.
 */
final class Dates {
  private static final int LONGEST = 80;

  private static final Pattern ISO_START =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d[0-9:.,+\\-Z ]*[A-Za-z]*)?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+)\\.?,? (\\d{4})(?:[ ,T].*)?");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("([A-Za-z]+)\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?:[ ,T].*)?");
  private static final Pattern WEEKDAY = Pattern.compile("[A-Za-z]+\\.?, ");
  private static final Pattern IN_FILE_NAME =
      Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

  private Dates() {}

  /** The date a header or metadata value names, or empty if it names none. */
  static Optional<LocalDate> parse(String value) {
    String text = value.strip().replaceAll("\\s+", " ");
    if (text.isEmpty() || text.length() > LONGEST) {
      return Optional.empty();
    }
    Matcher iso = ISO_START.matcher(text);
    if (iso.matches()) {
      return date(iso.group(1), Integer.parseInt(iso.group(2)), iso.group(3));
    }
    try {
      return Optional.of(LocalDate.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text)));
    } catch (DateTimeException e) {
      // not this form; try the English ones
    }
    String withoutWeekday = text;
    Matcher weekday = WEEKDAY.matcher(text);
    if (weekday.lookingAt() && CalendarNames.month(month(weekday.group())) == 0) {
      withoutWeekday = text.substring(weekday.end());
    }
    Matcher dayMonthYear = DAY_MONTH_YEAR.matcher(withoutWeekday);
    if (dayMonthYear.matches()) {
      return monthNumber(dayMonthYear.group(2))
          .flatMap(m -> date(dayMonthYear.group(3), m, dayMonthYear.group(1)));
    }
    Matcher monthDayYear = MONTH_DAY_YEAR.matcher(withoutWeekday);
    if (monthDayYear.matches()) {
      return monthNumber(monthDayYear.group(1))
          .flatMap(m -> date(monthDayYear.group(3), m, monthDayYear.group(2)));
    }
    return Optional.empty();
  }

  /** The last valid ISO date written in a file name, as in {@code sco-asean-2021-02-08.txt}. */
  static Optional<LocalDate> inFileName(String fileName) {
    Matcher matcher = IN_FILE_NAME.matcher(fileName);
    Optional<LocalDate> last = Optional.empty();
    while (matcher.find()) {
      Optional<LocalDate> found =
          date(matcher.group(1), Integer.parseInt(matcher.group(2)), matcher.group(3));
      if (found.isPresent()) {
        last = found;
      }
    }
    return last;
  }

  private static Optional<Integer> monthNumber(String name) {
    int number = CalendarNames.month(month(name));
    return number == 0 ? Optional.empty() : Optional.of(number);
  }

  private static String month(String word) {
    return word.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
