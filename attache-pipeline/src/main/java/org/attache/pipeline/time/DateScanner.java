package org.attache.pipeline.time;

import static org.attache.pipeline.time.Lexicon.AGO;
import static org.attache.pipeline.time.Lexicon.BETWEEN;
import static org.attache.pipeline.time.Lexicon.DAY_PART;
import static org.attache.pipeline.time.Lexicon.DEICTIC;
import static org.attache.pipeline.time.Lexicon.FROM;
import static org.attache.pipeline.time.Lexicon.MAY_CUE;
import static org.attache.pipeline.time.Lexicon.MONTH;
import static org.attache.pipeline.time.Lexicon.MONTH_CUE;
import static org.attache.pipeline.time.Lexicon.MONTH_UNIT;
import static org.attache.pipeline.time.Lexicon.RELATIVE_DAY;
import static org.attache.pipeline.time.Lexicon.THE;
import static org.attache.pipeline.time.Lexicon.WEEK;
import static org.attache.pipeline.time.Lexicon.YEARS;
import static org.attache.pipeline.time.Lexicon.YEAR_UNIT;

import java.time.Month;
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
  private final Tokens tokens;
  private final Optional<Anchor> anchor;
  private final DateEdges edges;
  private final DateParser parser;
  private final FoundDates found;
  private final Periods periods;

  DateScanner(String text, Optional<Anchor> anchor) {
    this.tokens = new Tokens(text);
    this.anchor = anchor;
    this.edges = new DateEdges(tokens, text);
    this.parser = new DateParser(tokens, text, edges);
    this.found = new FoundDates(tokens, anchor);
    this.periods = new Periods(tokens, anchor, edges, parser, found);
  }

  List<TemporalMention> scan() {
    int i = 0;
    while (i < tokens.size()) {
      i = Math.max(i + 1, matchAt(i));
    }
    return found.all();
  }

  private int matchAt(int i) {
    if (tokens.isNumber(i)
        && tokens.digits(i) <= 2
        && tokens.is(i + 1, YEARS)
        && tokens.is(i + 2, AGO)) {
      int years = tokens.value(i);
      found.emit(i, i + 3, anchor.map(a -> new PartialDate(a.yearFromNow(-years).year(), 0, 0)));
      return i + 3;
    }
    if (tokens.isNumber(i)) {
      int range = periods.range(i, DateEdges.NO_MATCH);
      return range != DateEdges.NO_MATCH ? range : single(i);
    }
    if (!tokens.isWord(i)) {
      return i + 1;
    }
    if (tokens.is(i, FROM | BETWEEN)) {
      return periods.range(i + 1, i);
    }
    if (tokens.is(i, RELATIVE_DAY)) {
      int days = tokens.wordValue(i);
      found.emit(i, i + 1, anchor.map(a -> a.day(days)));
      return i + 1;
    }
    if (tokens.is(i, DEICTIC) && !tokens.is(i - 1, THE)) {
      int deictic = deictic(i);
      if (deictic != DateEdges.NO_MATCH) {
        return deictic;
      }
    }
    if (edges.weekdayAt(i) > 0) {
      return weekday(i);
    }
    if (edges.monthAt(i) > 0) {
      int range = periods.range(i, DateEdges.NO_MATCH);
      return range != DateEdges.NO_MATCH ? range : single(i);
    }
    return i + 1;
  }

  /** "last week", "this month", "next year", "last November", "last Monday", "this morning". */
  private int deictic(int i) {
    int direction = tokens.wordValue(i);
    int k = i + 1;
    if (tokens.is(k, WEEK)) {
      found.emit(i, k + 1, anchor.flatMap(a -> a.week(direction)));
    } else if (tokens.is(k, MONTH_UNIT)) {
      found.emit(i, k + 1, anchor.map(a -> a.monthFromNow(direction)));
    } else if (tokens.is(k, YEAR_UNIT)) {
      found.emit(i, k + 1, anchor.map(a -> a.yearFromNow(direction)));
    } else if (tokens.capitalised(k) && tokens.is(k, MONTH)) {
      int month = tokens.wordValue(k);
      found.emit(i, k + 1, anchor.map(a -> a.namedMonth(month, direction)));
    } else if (direction == 0 && tokens.is(k, DAY_PART)) {
      found.emit(i, k + 1, anchor.map(a -> a.day(0)));
    } else if (edges.weekdayAt(k) > 0) {
      int weekday = edges.weekdayAt(k);
      found.emit(i, k + 1, anchor.map(a -> a.weekday(weekday, direction)));
    } else {
      return DateEdges.NO_MATCH;
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
    Optional<DateParser.Parsed> date =
        parser.parse(k, DateParser.Side.SINGLE).filter(p -> p.day() > 0 && p.month() > 0);
    if (date.isPresent()) {
      DateParser.Parsed p = date.get();
      int end = parenthesis && tokens.isSymbol(p.end(), ')') ? p.end() + 1 : p.end();
      found.emitDate(i, end, p.year(), p.month(), p.day());
      return end;
    }
    int weekday = edges.weekdayAt(i);
    found.emit(i, i + 1, anchor.map(a -> a.weekday(weekday, 0)));
    return i + 1;
  }

  /** A date alone: "8 February 2021", "Oct. 09", "in March", "March this year", "in 2005". */
  private int single(int i) {
    Optional<DateParser.Parsed> parsed = parser.parse(i, DateParser.Side.SINGLE);
    if (parsed.isEmpty()) {
      return i + 1;
    }
    DateParser.Parsed p = parsed.get();
    int end = p.end();
    if (p.year() == 0 && p.day() == 0) {
      return monthAlone(p);
    }
    if (p.isYear()
        && tokens.isSymbolIn(end, DateEdges.DASHES + "/")
        && tokens.touchesPrevious(end)
        && tokens.isNumber(end + 1)
        && tokens.touchesPrevious(end + 1)) {
      // "2022-2021", "2021-123": a number of some other kind.
      return end + 2;
    }
    found.emitDate(i, end, p.year(), p.month(), p.day());
    return end;
  }

  /** A month name with neither day nor year: "in March", "mid-December", "January this year". */
  private int monthAlone(DateParser.Parsed p) {
    int k = p.end();
    int month = p.month();
    if (tokens.is(k, DEICTIC) && tokens.is(k + 1, YEAR_UNIT)) {
      int direction = tokens.wordValue(k);
      found.emit(
          p.first(),
          k + 2,
          anchor.map(a -> new PartialDate(a.yearFromNow(direction).year(), month, 0)));
      return k + 2;
    }
    int cue = p.first() - 1;
    if (tokens.isSymbolIn(cue, DateEdges.DASHES) && tokens.touchesPrevious(p.first())) {
      cue--;
    }
    if (!tokens.is(cue, month == Month.MAY.getValue() ? MAY_CUE : MONTH_CUE)) {
      return p.first() + 1;
    }
    found.emit(p.first(), k, anchor.map(a -> a.month(month)));
    return k;
  }
}
