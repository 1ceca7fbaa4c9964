package org.attache.store.merge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

/** Dates as the records give them: ISO 8601 of any precision, {@code 2021}, {@code 2021-02}, ... */
public final class IsoDates {
  private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private IsoDates() {}

  /** Whether {@code text} is a year, a month or a day in ISO 8601. */
  public static boolean isValid(String text) {
    if (!ISO.matcher(text).matches()) {
      return false;
    }
    try {
      switch (text.length()) {
        case 7 -> LocalDate.parse(text + "-01");
        case 10 -> LocalDate.parse(text);
        default -> {}
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /**
   * Whether two reported dates can be of one event: two days at most {@code windowDays} apart, or,
   * when either is less precise, one a prefix of the other ({@code 2021} and {@code 2021-02-08}).
   */
  public static boolean compatible(String a, String b, int windowDays) {
    if (a.length() == 10 && b.length() == 10) {
      long days = ChronoUnit.DAYS.between(LocalDate.parse(a), LocalDate.parse(b));
      return Math.abs(days) <= windowDays;
    }
    return a.startsWith(b) || b.startsWith(a);
  }

  /** The shorter forms that a date is compatible with: the year and month of a day. */
  public static List<String> prefixes(String date) {
    return switch (date.length()) {
      case 10 -> List.of(date.substring(0, 4), date.substring(0, 7));
      case 7 -> List.of(date.substring(0, 4));
      default -> List.of();
    };
  }

  /** The first and last day within {@code windowDays} of a day. */
  public static List<String> window(String day, int windowDays) {
    LocalDate date = LocalDate.parse(day);
    return List.of(date.minusDays(windowDays).toString(), date.plusDays(windowDays).toString());
  }
}
