package org.attache.pipeline.time;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A time expression found in a text, normalised to ISO 8601 at the precision the text gives.
 *
 * <p>A {@link Kind#DATE} has its date in {@code value} and no {@code to}: {@code "2021-02-08"},
 * {@code "2021-02"} or {@code "2021"}. A {@link Kind#PERIOD} runs from {@code value} to {@code to},
 * the two ends possibly at different precisions ({@code "2019"} to {@code "2021-03"}).
 *
 * @param start first character of the expression in the text that was read, inclusive
 * @param end last character, exclusive
 * @param kind a point date or a period
 * @param value the date, or the first date of the period
 * @param to the last date of a period; empty for a point date
 */
public record TemporalMention(int start, int end, Kind kind, String value, Optional<String> to) {
  private static final Pattern ISO = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

  /** What a time expression denotes. */
  public enum Kind {
    /** A day, a month or a year: "8 February 2021", "last month", "in 2005". */
    DATE,
    /** A span between two dates: "2021-2022", "from 2019 to 2021", "24-26 January". */
    PERIOD
  }

  public TemporalMention {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
    requireNonNull(kind, "kind is null");
    requireNonNull(value, "value is null");
    requireNonNull(to, "to is null");
    requireIso(value);
    to.ifPresent(TemporalMention::requireIso);
    if (kind == Kind.PERIOD && to.isEmpty()) {
      throw new IllegalArgumentException("a period needs its end: " + value);
    }
    if (kind == Kind.DATE && to.isPresent()) {
      throw new IllegalArgumentException("a date has no end: " + value + " to " + to.get());
    }
  }

  /** A point date. */
  public static TemporalMention date(int start, int end, String value) {
    return new TemporalMention(start, end, Kind.DATE, value, Optional.empty());
  }

  /** A period from {@code from} to {@code to}. */
  public static TemporalMention period(int start, int end, String from, String to) {
    return new TemporalMention(start, end, Kind.PERIOD, from, Optional.of(to));
  }

  /** Whether this is a point date given to the day. */
  public boolean isFullDate() {
    return kind == Kind.DATE && value.length() == 10;
  }

  private static void requireIso(String date) {
    if (!ISO.matcher(date).matches()) {
      throw new IllegalArgumentException("not an ISO 8601 year, month or day: '" + date + "'");
    }
  }
}
