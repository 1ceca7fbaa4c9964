package org.attache.pipeline.time;

import static org.attache.pipeline.time.Lexicon.AGO;
import static org.attache.pipeline.time.Lexicon.AND;
import static org.attache.pipeline.time.Lexicon.BETWEEN;
import static org.attache.pipeline.time.Lexicon.DAY_PART;
import static org.attache.pipeline.time.Lexicon.DEICTIC;
import static org.attache.pipeline.time.Lexicon.FROM;
import static org.attache.pipeline.time.Lexicon.MAY_CUE;
import static org.attache.pipeline.time.Lexicon.MONTH;
import static org.attache.pipeline.time.Lexicon.MONTH_ABBREVIATION;
import static org.attache.pipeline.time.Lexicon.MONTH_CUE;
import static org.attache.pipeline.time.Lexicon.MONTH_UNIT;
import static org.attache.pipeline.time.Lexicon.NOT_AFTER_YEAR;
import static org.attache.pipeline.time.Lexicon.NOT_BEFORE_WEEKDAY;
import static org.attache.pipeline.time.Lexicon.NOT_BEFORE_YEAR;
import static org.attache.pipeline.time.Lexicon.OF;
import static org.attache.pipeline.time.Lexicon.ORDINAL_SUFFIX;
import static org.attache.pipeline.time.Lexicon.RELATIVE_DAY;
import static org.attache.pipeline.time.Lexicon.THE;
import static org.attache.pipeline.time.Lexicon.UNTIL;
import static org.attache.pipeline.time.Lexicon.WEEK;
import static org.attache.pipeline.time.Lexicon.WEEKDAY;
import static org.attache.pipeline.time.Lexicon.YEARS;
import static org.attache.pipeline.time.Lexicon.YEAR_UNIT;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The date grammar, run once over one text: left to right over its tokens, at each token the
 * longest expression that starts there, with a lookahead of a few tokens. Linear in the length of
 * the text; no regular expressions.
 *
 * <p>Methods named after a construction return the index of the token after what they matched (and
 * emitted, when it resolves), or -1 when nothing matched.
 */
final class DateScanner {
  private static final String DASHES = "-\u2012\u2013\u2014";
  private static final String NUMBER_JOINERS = "-./";
  private static final String NOT_BEFORE_NUMBER = "$\u20ac\u00a3\u00a5#\u2116+";
  private static final int MIN_BARE_YEAR = 1900;
  private static final int MAX_BARE_YEAR = 2099;
  private static final int NO_MATCH = -1;

  /** Where an expression stands: alone, or as the first or the last end of a period. */
  private enum Side {
    SINGLE,
    START,
    END
  }

  /**
   * A date as written, before resolution; 0 marks an absent field. Token {@code end} is exclusive.
   */
  private record Parsed(int first, int end, int year, int month, int day) {
    boolean isYear() {
      return month == 0 && day == 0;
    }
  }

  private final Tokens tokens;
  private final String text;
  private final Optional<Anchor> anchor;
  private final List<TemporalMention> found = new ArrayList<>();

  DateScanner(String text, Optional<Anchor> anchor) {
    this.tokens = new Tokens(text);
    this.text = text;
    this.anchor = anchor;
  }

  List<TemporalMention> scan() {
    int i = 0;
    while (i < tokens.size()) {
      i = Math.max(i + 1, matchAt(i));
    }
    return List.copyOf(found);
  }

  private int matchAt(int i) {
    if (tokens.isNumber(i)
        && tokens.digits(i) <= 2
        && tokens.is(i + 1, YEARS)
        && tokens.is(i + 2, AGO)) {
      int years = tokens.value(i);
      emit(i, i + 3, anchor.map(a -> new PartialDate(a.yearFromNow(-years).year(), 0, 0)));
      return i + 3;
    }
    if (tokens.isNumber(i)) {
      int range = range(i, NO_MATCH);
      return range != NO_MATCH ? range : single(i);
    }
    if (!tokens.isWord(i)) {
      return i + 1;
    }
    if (tokens.is(i, FROM | BETWEEN)) {
      return range(i + 1, i);
    }
    if (tokens.is(i, RELATIVE_DAY)) {
      int days = tokens.wordValue(i);
      emit(i, i + 1, anchor.map(a -> a.day(days)));
      return i + 1;
    }
    if (tokens.is(i, DEICTIC) && !tokens.is(i - 1, THE)) {
      int deictic = deictic(i);
      if (deictic != NO_MATCH) {
        return deictic;
      }
    }
    if (weekdayAt(i) > 0) {
      return weekday(i);
    }
    if (monthAt(i) > 0) {
      int range = range(i, NO_MATCH);
      return range != NO_MATCH ? range : single(i);
    }
    return i + 1;
  }

  /** "last week", "this month", "next year", "last November", "last Monday", "this morning". */
  private int deictic(int i) {
    int direction = tokens.wordValue(i);
    int k = i + 1;
    if (tokens.is(k, WEEK)) {
      emit(i, k + 1, anchor.flatMap(a -> a.week(direction)));
    } else if (tokens.is(k, MONTH_UNIT)) {
      emit(i, k + 1, anchor.map(a -> a.monthFromNow(direction)));
    } else if (tokens.is(k, YEAR_UNIT)) {
      emit(i, k + 1, anchor.map(a -> a.yearFromNow(direction)));
    } else if (tokens.capitalised(k) && tokens.is(k, MONTH)) {
      int month = tokens.wordValue(k);
      emit(i, k + 1, anchor.map(a -> a.namedMonth(month, direction)));
    } else if (direction == 0 && tokens.is(k, DAY_PART)) {
      emit(i, k + 1, anchor.map(a -> a.day(0)));
    } else if (weekdayAt(k) > 0) {
      int weekday = weekdayAt(k);
      emit(i, k + 1, anchor.map(a -> a.weekday(weekday, direction)));
    } else {
      return NO_MATCH;
    }
    return k + 1;
  }

  /** "Monday", and "Tuesday, October 10, 2023" or "Tuesday (14 May 2019)" as one date. */
  private int weekday(int i) {
    int k = i + 1;
    boolean parenthesis = tokens.isSymbol(k, '(');
    if (parenthesis || tokens.isSymbol(k, ',')) {
      k++;
    }
    Optional<Parsed> date = parse(k, Side.SINGLE).filter(p -> p.day() > 0 && p.month() > 0);
    if (date.isPresent()) {
      Parsed p = date.get();
      int end = parenthesis && tokens.isSymbol(p.end(), ')') ? p.end() + 1 : p.end();
      emitDate(i, end, p.year(), p.month(), p.day());
      return end;
    }
    int weekday = weekdayAt(i);
    emit(i, i + 1, anchor.map(a -> a.weekday(weekday, 0)));
    return i + 1;
  }

  /** A date alone: "8 February 2021", "Oct. 09", "in March", "March this year", "in 2005". */
  private int single(int i) {
    Optional<Parsed> parsed = parse(i, Side.SINGLE);
    if (parsed.isEmpty()) {
      return i + 1;
    }
    Parsed p = parsed.get();
    int end = p.end();
    if (p.year() == 0 && p.day() == 0) {
      return monthAlone(p);
    }
    if (p.isYear()
        && tokens.isSymbolIn(end, DASHES + "/")
        && tokens.touchesPrevious(end)
        && tokens.isNumber(end + 1)
        && tokens.touchesPrevious(end + 1)) {
      // "2022-2021", "2021-123": a number of some other kind.
      return end + 2;
    }
    emitDate(i, end, p.year(), p.month(), p.day());
    return end;
  }

  /** A month name with neither day nor year: "in March", "mid-December", "January this year". */
  private int monthAlone(Parsed p) {
    int k = p.end();
    int month = p.month();
    if (tokens.is(k, DEICTIC) && tokens.is(k + 1, YEAR_UNIT)) {
      int direction = tokens.wordValue(k);
      emit(
          p.first(),
          k + 2,
          anchor.map(a -> new PartialDate(a.yearFromNow(direction).year(), month, 0)));
      return k + 2;
    }
    int cue = p.first() - 1;
    if (tokens.isSymbolIn(cue, DASHES) && tokens.touchesPrevious(p.first())) {
      cue--;
    }
    if (!tokens.is(cue, month == Month.MAY.getValue() ? MAY_CUE : MONTH_CUE)) {
      return p.first() + 1;
    }
    emit(p.first(), k, anchor.map(a -> a.month(month)));
    return k;
  }

  /**
   * A period whose first end starts at token {@code i}, after the word "from" or "between" at
   * {@code cue} or with no cue ({@code cue} = -1).
   */
  private int range(int i, int cue) {
    Optional<Parsed> maybeLeft = parse(i, Side.START);
    if (maybeLeft.isEmpty()) {
      return NO_MATCH;
    }
    Parsed left = maybeLeft.get();
    int first = cue >= 0 ? cue : i;
    int c = left.end();
    boolean dash = tokens.isSymbolIn(c, DASHES);
    boolean slash = cue < 0 && tokens.isSymbol(c, '/');
    boolean between = cue >= 0 && tokens.is(cue, BETWEEN);
    boolean connector = between ? tokens.is(c, AND) : (dash || slash || tokens.is(c, UNTIL));
    if (!connector) {
      return NO_MATCH;
    }
    int r = c + 1;
    if (left.isYear()
        && (dash || slash)
        && tokens.touchesPrevious(c)
        && tokens.touchesPrevious(r)
        && tokens.isNumber(r)
        && tokens.digits(r) == 2) {
      return yearSuffix(first, left.year(), r, cue < 0 && tokens.isSymbol(c, '-'));
    }
    Optional<Parsed> right = parse(r, Side.END);
    return right.isPresent() ? combine(first, left, right.get(), slash) : NO_MATCH;
  }

  /** "2021-22", "2019/20"; or, with a hyphen and no cue, an ISO month: "2021-02". */
  private int yearSuffix(int first, int year, int r, boolean isoMonth) {
    int suffix = tokens.value(r);
    int end = r + 1;
    if (!endsCleanly(end) || numberAfter(end)) {
      return NO_MATCH;
    }
    int to = year - year % 100 + suffix;
    if (to <= year) {
      to += 100;
    }
    if (to - year <= 50) {
      emitPeriod(first, end, PartialDate.ofYear(year), PartialDate.ofYear(to));
      return end;
    }
    if (isoMonth && suffix >= 1 && suffix <= 12) {
      emit(first, end, Optional.of(new PartialDate(year, suffix, 0)));
      return end;
    }
    return NO_MATCH;
  }

  /** Completes each end of a period from the other, resolves it and emits it. */
  private int combine(int first, Parsed left, Parsed right, boolean slash) {
    int ly = left.year();
    int lm = left.month();
    int ld = left.day();
    int ry = right.year();
    int rm = right.month();
    int rd = right.day();
    if ((slash && !(left.isYear() && right.isYear()))
        || (left.isYear() && ry == 0)
        || (right.isYear() && ly == 0)) {
      return NO_MATCH;
    }
    if (lm == 0 && ld > 0) {
      // "24-26 January", "from 18 to 26 September": the first end is a bare day.
      if (rm == 0 || rd == 0) {
        return NO_MATCH;
      }
      lm = rm;
    }
    if (rm == 0 && rd > 0) {
      // "May 14 to 15", "February 8-9, 2021": the last end is a bare day.
      if (lm == 0 || ld == 0) {
        return NO_MATCH;
      }
      rm = lm;
    }
    if (!isDay(lm, ld) || !isDay(rm, rd)) {
      return NO_MATCH;
    }
    boolean leftBorrowed = false;
    boolean rightBorrowed = false;
    if (ly == 0 && ry > 0) {
      ly = ry;
      leftBorrowed = true;
    } else if (ry == 0 && ly > 0) {
      ry = ly;
      rightBorrowed = true;
    } else if (ly == 0) {
      if (anchor.isEmpty()) {
        return right.end();
      }
      Anchor a = anchor.get();
      ly = (ld > 0 ? a.dayOfMonth(lm, ld) : a.month(lm)).year();
      ry = ly;
      rightBorrowed = true;
    }
    if (rm < lm && leftBorrowed) {
      ly--; // "from December to February 2021"
    } else if (rm < lm && rightBorrowed) {
      ry++; // "from December 2020 to February"
    }
    if (!PartialDate.isValid(ly, lm, ld) || !PartialDate.isValid(ry, rm, rd)) {
      return NO_MATCH;
    }
    PartialDate from = new PartialDate(ly, lm, ld);
    PartialDate to = new PartialDate(ry, rm, rd);
    if (!from.firstDay().isBefore(to.firstDay())) {
      return NO_MATCH;
    }
    emitPeriod(first, right.end(), from, to);
    return right.end();
  }

  private Optional<Parsed> parse(int i, Side side) {
    if (tokens.isNumber(i)) {
      return parseNumber(i, side);
    }
    int month = monthAt(i);
    return month > 0 ? parseMonthFirst(i, month) : Optional.empty();
  }

  /** "February 8, 2021", "Feb. 8", "Oct. 09", "February 2021", "February". */
  private Optional<Parsed> parseMonthFirst(int i, int month) {
    boolean abbreviation = !tokens.is(i, MONTH);
    int k = afterAbbreviationDot(i);
    if (tokens.isNumber(k) && tokens.digits(k) <= 2) {
      int day = tokens.value(k);
      int after = afterOrdinal(k + 1);
      if (day >= 1 && day <= 31 && endsCleanly(after)) {
        int dayYearEnd = attachedYearEnd(after, true);
        if (dayYearEnd != NO_MATCH) {
          return dated(i, dayYearEnd, tokens.value(dayYearEnd - 1), month, day);
        }
        if (isDay(month, day)) {
          return Optional.of(new Parsed(i, after, 0, month, day));
        }
      }
    }
    int yearEnd = attachedYearEnd(k, false);
    if (yearEnd != NO_MATCH) {
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
        && (side == Side.END || startsCleanly(i, false))) {
      int after = afterOrdinal(i + 1);
      if (endsCleanly(after)) {
        int m = after > i + 1 && tokens.is(after, OF) ? after + 1 : after;
        int month = monthAt(m);
        if (month > 0) {
          int k = afterAbbreviationDot(m);
          int yearEnd = attachedYearEnd(k, true);
          if (yearEnd != NO_MATCH) {
            return dated(i, yearEnd, tokens.value(yearEnd - 1), month, value);
          }
          return isDay(month, value)
              ? Optional.of(new Parsed(i, k, 0, month, value))
              : Optional.empty();
        }
        if (side != Side.SINGLE && m == after) {
          int yearEnd =
              side == Side.END && tokens.isSymbol(after, ',')
                  ? attachedYearEnd(after + 1, false)
                  : NO_MATCH;
          return Optional.of(
              yearEnd != NO_MATCH
                  ? new Parsed(i, yearEnd, tokens.value(yearEnd - 1), 0, value)
                  : new Parsed(i, after, 0, 0, value));
        }
      }
    }
    if (isBareYear(i, side)) {
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
    if (!joined(i + 1) || (side != Side.END && !startsCleanly(i, false))) {
      return Optional.empty();
    }
    char separator = text.charAt(tokens.start(i + 1));
    if (!tokens.isSymbol(i + 3, separator) || !joined(i + 3) || joined(i + 5)) {
      return Optional.empty();
    }
    if (!endsCleanly(i + 5)) {
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

  /** Whether token {@code k} is a joiner written between two numbers: the "-" of "08-02". */
  private boolean joined(int k) {
    return tokens.isSymbolIn(k, NUMBER_JOINERS)
        && tokens.isNumber(k - 1)
        && tokens.touchesPrevious(k)
        && tokens.isNumber(k + 1)
        && tokens.touchesPrevious(k + 1);
  }

  /**
   * A number 1900..2099 that reads as a year: not part of a larger number, a code, an amount or a
   * phone number; not followed by a unit.
   */
  private boolean isBareYear(int i, Side side) {
    int value = tokens.value(i);
    if (tokens.digits(i) != 4 || value < MIN_BARE_YEAR || value > MAX_BARE_YEAR) {
      return false;
    }
    if (side != Side.END) {
      int before = tokens.isSymbol(i - 1, '.') ? i - 2 : i - 1;
      if (!startsCleanly(i, true) || numberBefore(i) || tokens.is(before, NOT_BEFORE_YEAR)) {
        return false;
      }
    }
    return endsCleanly(i + 1) && !unitAt(i + 1) && (side == Side.START || !numberAfter(i + 1));
  }

  /** A year written after a day or a month: 1000..2999, and not a quantity. */
  private int attachedYearEnd(int k, boolean commaAllowed) {
    int y = commaAllowed && tokens.isSymbol(k, ',') ? k + 1 : k;
    if (!tokens.isNumber(y) || tokens.digits(y) != 4) {
      return NO_MATCH;
    }
    int value = tokens.value(y);
    return value >= PartialDate.MIN_YEAR
            && value <= PartialDate.MAX_YEAR
            && endsCleanly(y + 1)
            && !unitAt(y + 1)
        ? y + 1
        : NO_MATCH;
  }

  /**
   * Whether number {@code i} stands apart from what precedes it: not glued to a word or a number
   * ("G20", "COVID-19", "2,005"), not after a currency or number sign. A year may follow a word and
   * a hyphen ("mid-2019").
   */
  private boolean startsCleanly(int i, boolean yearAfterHyphen) {
    int s = tokens.start(i);
    if (s == 0) {
      return true;
    }
    char c = text.charAt(s - 1);
    if (Character.isLetterOrDigit(c) || NOT_BEFORE_NUMBER.indexOf(c) >= 0) {
      return false;
    }
    if (s < 2 || ".,:/-".indexOf(c) < 0) {
      return true;
    }
    char d = text.charAt(s - 2);
    return !Character.isDigit(d) && !(Character.isLetter(d) && !(yearAfterHyphen && c == '-'));
  }

  /**
   * Whether the expression that ends before token {@code k} stands apart from what follows: no
   * letters or digits glued on ("1990s", "5G"), no decimal or thousands part, no time, no percent.
   */
  private boolean endsCleanly(int k) {
    if (k >= tokens.size() || !tokens.touchesPrevious(k)) {
      return true;
    }
    if (tokens.isWord(k) || tokens.isNumber(k) || tokens.isSymbol(k, '%')) {
      return false;
    }
    return !(tokens.isSymbolIn(k, ".,:")
        && tokens.isNumber(k + 1)
        && tokens.touchesPrevious(k + 1));
  }

  /** Whether number {@code i} continues a run of numbers, as in a phone number "+7 495 2021". */
  private boolean numberBefore(int i) {
    int j = i - 1;
    if (tokens.isSymbol(j, '+')) {
      return true;
    }
    if (tokens.isSymbol(j, ')')
        || (tokens.isSymbolIn(j, NUMBER_JOINERS)
            && tokens.touchesPrevious(j)
            && tokens.touchesPrevious(i))) {
      j--;
    }
    return tokens.isNumber(j);
  }

  /** Whether a number follows at token {@code k}, alone or after a joiner: "2021 555". */
  private boolean numberAfter(int k) {
    int j = k;
    if (tokens.isSymbolIn(j, NUMBER_JOINERS)
        && tokens.touchesPrevious(j)
        && tokens.touchesPrevious(j + 1)) {
      j++;
    }
    return tokens.isNumber(j);
  }

  /** Whether token {@code k} makes the number before it a quantity: "2005 tonnes", "1999 %". */
  private boolean unitAt(int k) {
    return tokens.is(k, NOT_AFTER_YEAR) || tokens.isSymbol(k, '%');
  }

  private int afterOrdinal(int k) {
    return tokens.is(k, ORDINAL_SUFFIX) && tokens.touchesPrevious(k) ? k + 1 : k;
  }

  private int afterAbbreviationDot(int month) {
    int k = month + 1;
    return !tokens.is(month, MONTH) && tokens.isSymbol(k, '.') && tokens.touchesPrevious(k)
        ? k + 1
        : k;
  }

  /** The month a capitalised month name or abbreviation at {@code i} names, or 0. */
  private int monthAt(int i) {
    return tokens.capitalised(i) && tokens.is(i, MONTH | MONTH_ABBREVIATION)
        ? tokens.wordValue(i)
        : 0;
  }

  /** The ISO day of the week a capitalised weekday at {@code i} names, or 0 ("Black Friday"). */
  private int weekdayAt(int i) {
    return tokens.capitalised(i) && tokens.is(i, WEEKDAY) && !tokens.is(i - 1, NOT_BEFORE_WEEKDAY)
        ? tokens.wordValue(i)
        : 0;
  }

  /** Whether {@code day} is a day of {@code month} in some year; true when there is no day. */
  private static boolean isDay(int month, int day) {
    return day == 0 || (month >= 1 && month <= 12 && day <= Month.of(month).maxLength());
  }

  private void emitDate(int first, int end, int year, int month, int day) {
    if (year > 0) {
      emit(first, end, Optional.of(new PartialDate(year, month, day)));
    } else if (day > 0) {
      emit(first, end, anchor.map(a -> a.dayOfMonth(month, day)));
    } else {
      emit(first, end, anchor.map(a -> a.month(month)));
    }
  }

  private void emit(int first, int end, Optional<PartialDate> date) {
    date.ifPresent(
        d -> found.add(TemporalMention.date(tokens.start(first), tokens.end(end - 1), d.iso())));
  }

  private void emitPeriod(int first, int end, PartialDate from, PartialDate to) {
    found.add(
        TemporalMention.period(tokens.start(first), tokens.end(end - 1), from.iso(), to.iso()));
  }
}
