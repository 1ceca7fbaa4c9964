package org.attache.pipeline.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar date at the precision a text gives it: a year, a month of a year, or a day.
 *
 * @param year 1000..2999
 * @param month 1..12, or 0 when only the year is known
 * @param day 1..31 and valid for the month, or 0 when the day is not known
 */
record PartialDate(int year, int month, int day) {
  static final int MIN_YEAR = 1000;
  static final int MAX_YEAR = 2999;

  PartialDate {
    if (!isValid(year, month, day)) {
      throw new IllegalArgumentException(
          "invalid partial date: year " + year + ", month " + month + ", day " + day);
    }
  }

  /** Whether the three fields make a partial date; the constructor accepts exactly these. */
  static boolean isValid(int year, int month, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR || month < 0 || month > 12 || day < 0) {
      return false;
    }
    if (day == 0) {
      return true;
    }
    return month > 0 && day <= YearMonth.of(year, month).lengthOfMonth();
  }

  static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  static PartialDate of(YearMonth month) {
    return new PartialDate(month.getYear(), month.getMonthValue(), 0);
  }

  static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0);
  }

  /** The first day this date covers. */
  LocalDate firstDay() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /** ISO 8601 at this precision: {@code 2021}, {@code 2021-02} or {@code 2021-02-08}. */
  String iso() {
    StringBuilder iso = new StringBuilder(10).append(year);
    if (month > 0) {
      iso.append(month < 10 ? "-0" : "-").append(month);
    }
    if (day > 0) {
      iso.append(day < 10 ? "-0" : "-").append(day);
    }
    return iso.toString();
  }
}
