package org.attache.pipeline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Resolves what a text dates only relative to its publication date: a day and month with no year, a
 * month name alone, a weekday, "yesterday", "last week", "this year".
 *
 * <p>A day and month (or a month alone) falls in the latest year that puts it no later than the
 * horizon, the publication date plus a number of days: a text speaks mostly of the recent past and
 * of the near future.
 */
final class Anchor {
  private final LocalDate published;
  private final LocalDate horizon;

  Anchor(LocalDate published, int futureDays) {
    this.published = published;
    this.horizon = published.plusDays(futureDays);
  }

  /** The latest such day no later than the horizon (years back past 29 February). */
  PartialDate dayOfMonth(int month, int day) {
    for (int year = horizon.getYear(); year > horizon.getYear() - 9; year--) {
      if (PartialDate.isValid(year, month, day)
          && !LocalDate.of(year, month, day).isAfter(horizon)) {
        return new PartialDate(year, month, day);
      }
    }
    throw new IllegalArgumentException("no such day of the year: month " + month + ", day " + day);
  }

  /** The latest such month that begins no later than the horizon. */
  PartialDate month(int month) {
    int year = horizon.getYear();
    return new PartialDate(month <= horizon.getMonthValue() ? year : year - 1, month, 0);
  }

  /** The publication date moved by {@code days}. */
  PartialDate day(int days) {
    return PartialDate.of(published.plusDays(days));
  }

  /**
   * The given weekday: the latest on or before the publication date ({@code direction} 0), the
   * latest strictly before it (-1) or the first strictly after it (+1).
   */
  PartialDate weekday(int isoDayOfWeek, int direction) {
    DayOfWeek day = DayOfWeek.of(isoDayOfWeek);
    LocalDate date =
        switch (Integer.signum(direction)) {
          case -1 -> published.with(TemporalAdjusters.previous(day));
          case 1 -> published.with(TemporalAdjusters.next(day));
          default -> published.with(TemporalAdjusters.previousOrSame(day));
        };
    return PartialDate.of(date);
  }

  /**
   * The month of the week (Monday to Sunday) that is {@code weeks} weeks from the publication
   * date's, when all its days fall in one month.
   */
  Optional<PartialDate> week(int weeks) {
    LocalDate monday =
        published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks);
    YearMonth month = YearMonth.from(monday);
    return month.equals(YearMonth.from(monday.plusDays(6)))
        ? Optional.of(PartialDate.of(month))
        : Optional.empty();
  }

  /** The month {@code months} months from the publication date's. */
  PartialDate monthFromNow(int months) {
    return PartialDate.of(YearMonth.from(published).plusMonths(months));
  }

  /** The year {@code years} years from the publication date's. */
  PartialDate yearFromNow(int years) {
    return PartialDate.ofYear(published.getYear() + years);
  }

  /**
   * The named month in the publication year ({@code direction} 0), the latest strictly before the
   * publication month (-1) or the first strictly after it (+1).
   */
  PartialDate namedMonth(int month, int direction) {
    int year = published.getYear();
    int current = published.getMonthValue();
    if (direction < 0 && month >= current) {
      year--;
    } else if (direction > 0 && month <= current) {
      year++;
    }
    return new PartialDate(year, month, 0);
  }
}
