package org.attache.store;

import java.time.LocalDate;
import java.time.YearMonth;

/** The first and last day an ISO date of any precision ({@code 2021}, {@code 2021-02}) covers. */
public final class DateSpan {
  private DateSpan() {}

  public static LocalDate first(String date) {
    return switch (date.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
      case 7 -> YearMonth.parse(date).atDay(1);
      default -> LocalDate.parse(date);
    };
  }

  public static LocalDate last(String date) {
    return switch (date.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(date), 12, 31);
      case 7 -> YearMonth.parse(date).atEndOfMonth();
      default -> LocalDate.parse(date);
    };
  }
}
