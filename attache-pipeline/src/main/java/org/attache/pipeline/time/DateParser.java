package org.attache.pipeline.time;

import static org.attache.pipeline.time.Lexicon.MONTH;
import static org.attache.pipeline.time.Lexicon.OF;

import java.time.Month;
import java.util.Optional;

/**
 * Reads one date as written at a token, before resolution: "8 February 2021", "Feb. 8",
 * "2021-02-08", a bare year or, at the ends of periods, a bare day.
 */
final class DateParser {
  /** Where an expression stands: alone, or as the first or the last end of a period. */
  enum Side {
    SINGLE,
    START,
    END
  }

  /**
   * A date as written, before resolution; 0 marks an absent field. Token {@code end} is exclusive.
   */
  record Parsed(int first, int end, int year, int month, int day) {
    boolean isYear() {
      return month == 0 && day == 0;
    }
  }

  private final Tokens tokens;
  private final String text;
  private final DateEdges edges;

  DateParser(Tokens tokens, String text, DateEdges edges) {
    this.tokens = tokens;
    this.text = text;
    this.edges = edges;
  }

  Optional<Parsed> parse(int i, Side side) {
    if (tokens.isNumber(i)) {
      return parseNumber(i, side);
    }
    int month = edges.monthAt(i);
    return month > 0 ? parseMonthFirst(i, month) : Optional.empty();
  }

  /** "February 8, 2021", "Feb. 8", "Oct. 09", "February 2021", "February". */
  private Optional<Parsed> parseMonthFirst(int i, int month) {
    boolean abbreviation = !tokens.is(i, MONTH);
    int k = edges.afterAbbreviationDot(i);
    if (tokens.isNumber(k) && tokens.digits(k) <= 2) {
      int day = tokens.value(k);
      int after = edges.afterOrdinal(k + 1);
      if (day >= 1 && day <= 31 && edges.endsCleanly(after)) {
        int dayYearEnd = edges.attachedYearEnd(after, true);
        if (dayYearEnd != DateEdges.NO_MATCH) {
          return dated(i, dayYearEnd, tokens.value(dayYearEnd - 1), month, day);
        }
        if (isDay(month, day)) {
          return Optional.of(new Parsed(i, after, 0, month, day));
        }
      }
    }
    int yearEnd = edges.attachedYearEnd(k, false);
    if (yearEnd != DateEdges.NO_MATCH) {
      return Optional.of(new Parsed(i, yearEnd, tokens.value(yearEnd - 1), month, 0));
    }
    return abbreviation ? Optional.empty() : Optional.of(new Parsed(i, i + 1, 0, month, 0));
  }

  /**
   * "2021-02-08", "08.02.2021", "8 February 2021", "8th of Feb. 2021", "13 November", a bare year;
   * at the ends of periods also a bare day ("24" of "24-26 January") and at the last end a day with
   * a year ("9, 2021" of "February 8-9, 2021").
   */
  private Optional<Parsed> parseNumber(int i, Side side) {
    Optional<Parsed> numeric = numericDate(i, side);
    if (numeric.isPresent()) {
      return numeric;
    }
    int value = tokens.value(i);
    if (tokens.digits(i) <= 2
        && value >= 1
        && value <= 31
        && (side == Side.END || edges.startsCleanly(i, false))) {
      int after = edges.afterOrdinal(i + 1);
      if (edges.endsCleanly(after)) {
        int m = after > i + 1 && tokens.is(after, OF) ? after + 1 : after;
        int month = edges.monthAt(m);
        if (month > 0) {
          int k = edges.afterAbbreviationDot(m);
          int yearEnd = edges.attachedYearEnd(k, true);
          if (yearEnd != DateEdges.NO_MATCH) {
            return dated(i, yearEnd, tokens.value(yearEnd - 1), month, value);
          }
          return isDay(month, value)
              ? Optional.of(new Parsed(i, k, 0, month, value))
              : Optional.empty();
        }
        if (side != Side.SINGLE && m == after) {
          int yearEnd =
              side == Side.END && tokens.isSymbol(after, ',')
                  ? edges.attachedYearEnd(after + 1, false)
                  : DateEdges.NO_MATCH;
          return Optional.of(
              yearEnd != DateEdges.NO_MATCH
                  ? new Parsed(i, yearEnd, tokens.value(yearEnd - 1), 0, value)
                  : new Parsed(i, after, 0, 0, value));
        }
      }
    }
    if (edges.isBareYear(i, side)) {
      return Optional.of(new Parsed(i, i + 1, value, 0, 0));
    }
    return Optional.empty();
  }

  /** A day with its year; only the month when there is no such day ("30 February 2020"). */
  private static Optional<Parsed> dated(int first, int end, int year, int month, int day) {
    return Optional.of(
        new Parsed(first, end, year, month, PartialDate.isValid(year, month, day) ? day : 0));
  }

  /**
   * Year first ("2021-02-08", "2021.02.08") or day first ("08.02.2021", "18-02-2021"); with slashes
   * month first when the day first cannot be ("12/25/2020").
   */
  private Optional<Parsed> numericDate(int i, Side side) {
    if (!edges.joined(i + 1) || (side != Side.END && !edges.startsCleanly(i, false))) {
      return Optional.empty();
    }
    char separator = text.charAt(tokens.start(i + 1));
    if (!tokens.isSymbol(i + 3, separator) || !edges.joined(i + 3) || edges.joined(i + 5)) {
      return Optional.empty();
    }
    if (!edges.endsCleanly(i + 5)) {
      return Optional.empty();
    }
    int a = tokens.value(i);
    int b = tokens.value(i + 2);
    int c = tokens.value(i + 4);
    int year;
    int month;
    int day;
    if (tokens.digits(i) == 4 && tokens.digits(i + 2) <= 2 && tokens.digits(i + 4) <= 2) {
      year = a;
      month = b;
      day = c;
    } else if (tokens.digits(i) <= 2 && tokens.digits(i + 2) <= 2 && tokens.digits(i + 4) == 4) {
      boolean monthFirst = separator == '/' && a <= 12 && b > 12;
      year = c;
      month = monthFirst ? a : b;
      day = monthFirst ? b : a;
    } else {
      return Optional.empty();
    }
    return month > 0 && day > 0 && PartialDate.isValid(year, month, day)
        ? Optional.of(new Parsed(i, i + 5, year, month, day))
        : Optional.empty();
  }

  /** Whether {@code day} is a day of {@code month} in some year; true when there is no day. */
  static boolean isDay(int month, int day) {
    return day == 0 || (month >= 1 && month <= 12 && day <= Month.of(month).maxLength());
  }
}
