package org.attache.pipeline.time;

import static org.attache.pipeline.time.Lexicon.AND;
import static org.attache.pipeline.time.Lexicon.BETWEEN;
import static org.attache.pipeline.time.Lexicon.UNTIL;

import java.util.Optional;

/**
 * Periods: "24-26 January", "from December 2020 to February", "between 2019 and 2021", "2021-22";
 * each end completed from the other.
 */
final class Periods {
  private final Tokens tokens;
  private final Optional<Anchor> anchor;
  private final DateEdges edges;
  private final DateParser parser;
  private final FoundDates found;

  Periods(
      Tokens tokens,
      Optional<Anchor> anchor,
      DateEdges edges,
      DateParser parser,
      FoundDates found) {
    this.tokens = tokens;
    this.anchor = anchor;
    this.edges = edges;
    this.parser = parser;
    this.found = found;
  }

  /**
   * A period whose first end starts at token {@code i}, after the word "from" or "between" at
   * {@code cue} or with no cue ({@code cue} = -1).
   */
  int range(int i, int cue) {
    Optional<DateParser.Parsed> maybeLeft = parser.parse(i, DateParser.Side.START);
    if (maybeLeft.isEmpty()) {
      return DateEdges.NO_MATCH;
    }
    DateParser.Parsed left = maybeLeft.get();
    int first = cue >= 0 ? cue : i;
    int c = left.end();
    boolean dash = tokens.isSymbolIn(c, DateEdges.DASHES);
    boolean slash = cue < 0 && tokens.isSymbol(c, '/');
    boolean between = cue >= 0 && tokens.is(cue, BETWEEN);
    boolean connector = between ? tokens.is(c, AND) : (dash || slash || tokens.is(c, UNTIL));
    if (!connector) {
      return DateEdges.NO_MATCH;
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
    Optional<DateParser.Parsed> right = parser.parse(r, DateParser.Side.END);
    return right.isPresent() ? combine(first, left, right.get(), slash) : DateEdges.NO_MATCH;
  }

  /** "2021-22", "2019/20"; or, with a hyphen and no cue, an ISO month: "2021-02". */
  private int yearSuffix(int first, int year, int r, boolean isoMonth) {
    int suffix = tokens.value(r);
    int end = r + 1;
    if (!edges.endsCleanly(end) || edges.numberAfter(end)) {
      return DateEdges.NO_MATCH;
    }
    int to = year - year % 100 + suffix;
    if (to <= year) {
      to += 100;
    }
    if (to - year <= 50) {
      found.emitPeriod(first, end, PartialDate.ofYear(year), PartialDate.ofYear(to));
      return end;
    }
    if (isoMonth && suffix >= 1 && suffix <= 12) {
      found.emit(first, end, Optional.of(new PartialDate(year, suffix, 0)));
      return end;
    }
    return DateEdges.NO_MATCH;
  }

  /** Completes each end of a period from the other, resolves it and emits it. */
  private int combine(int first, DateParser.Parsed left, DateParser.Parsed right, boolean slash) {
    int ly = left.year();
    int lm = left.month();
    int ld = left.day();
    int ry = right.year();
    int rm = right.month();
    int rd = right.day();
    if ((slash && !(left.isYear() && right.isYear()))
        || (left.isYear() && ry == 0)
        || (right.isYear() && ly == 0)) {
      return DateEdges.NO_MATCH;
    }
    if (lm == 0 && ld > 0) {
      // "24-26 January", "from 18 to 26 September": the first end is a bare day.
      if (rm == 0 || rd == 0) {
        return DateEdges.NO_MATCH;
      }
      lm = rm;
    }
    if (rm == 0 && rd > 0) {
      // "May 14 to 15", "February 8-9, 2021": the last end is a bare day.
      if (lm == 0 || ld == 0) {
        return DateEdges.NO_MATCH;
      }
      rm = lm;
    }
    if (!DateParser.isDay(lm, ld) || !DateParser.isDay(rm, rd)) {
      return DateEdges.NO_MATCH;
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
      return DateEdges.NO_MATCH;
    }
    PartialDate from = new PartialDate(ly, lm, ld);
    PartialDate to = new PartialDate(ry, rm, rd);
    if (!from.firstDay().isBefore(to.firstDay())) {
      return DateEdges.NO_MATCH;
    }
    found.emitPeriod(first, right.end(), from, to);
    return right.end();
  }
}
