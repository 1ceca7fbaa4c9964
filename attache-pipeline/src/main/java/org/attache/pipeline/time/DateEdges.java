package org.attache.pipeline.time;

import static org.attache.pipeline.time.Lexicon.MONTH;
import static org.attache.pipeline.time.Lexicon.MONTH_ABBREVIATION;
import static org.attache.pipeline.time.Lexicon.NOT_AFTER_YEAR;
import static org.attache.pipeline.time.Lexicon.NOT_BEFORE_WEEKDAY;
import static org.attache.pipeline.time.Lexicon.NOT_BEFORE_YEAR;
import static org.attache.pipeline.time.Lexicon.ORDINAL_SUFFIX;
import static org.attache.pipeline.time.Lexicon.WEEKDAY;

/**
 * Where a date expression may start and end in the {@link Tokens} of a text: numbers that stand
 * apart from what surrounds them, years that are not quantities, month and weekday names.
 */
final class DateEdges {
  static final String DASHES = "-\u2012\u2013\u2014";
  static final String NUMBER_JOINERS = "-./";
  static final int NO_MATCH = -1;
  private static final String NOT_BEFORE_NUMBER = "$\u20ac\u00a3\u00a5#\u2116+";
  private static final int MIN_BARE_YEAR = 1900;
  private static final int MAX_BARE_YEAR = 2099;

  private final Tokens tokens;
  private final String text;

  DateEdges(Tokens tokens, String text) {
    this.tokens = tokens;
    this.text = text;
  }

  /** Whether token {@code k} is a joiner written between two numbers: the "-" of "08-02". */
  boolean joined(int k) {
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
  boolean isBareYear(int i, DateParser.Side side) {
    int value = tokens.value(i);
    if (tokens.digits(i) != 4 || value < MIN_BARE_YEAR || value > MAX_BARE_YEAR) {
      return false;
    }
    if (side != DateParser.Side.END) {
      int before = tokens.isSymbol(i - 1, '.') ? i - 2 : i - 1;
      if (!startsCleanly(i, true) || numberBefore(i) || tokens.is(before, NOT_BEFORE_YEAR)) {
        return false;
      }
    }
    return endsCleanly(i + 1)
        && !unitAt(i + 1)
        && (side == DateParser.Side.START || !numberAfter(i + 1));
  }

  /** A year written after a day or a month: 1000..2999, and not a quantity. */
  int attachedYearEnd(int k, boolean commaAllowed) {
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
  boolean startsCleanly(int i, boolean yearAfterHyphen) {
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
  boolean endsCleanly(int k) {
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
  boolean numberAfter(int k) {
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

  int afterOrdinal(int k) {
    return tokens.is(k, ORDINAL_SUFFIX) && tokens.touchesPrevious(k) ? k + 1 : k;
  }

  int afterAbbreviationDot(int month) {
    int k = month + 1;
    return !tokens.is(month, MONTH) && tokens.isSymbol(k, '.') && tokens.touchesPrevious(k)
        ? k + 1
        : k;
  }

  /** The month a capitalised month name or abbreviation at {@code i} names, or 0. */
  int monthAt(int i) {
    return tokens.capitalised(i) && tokens.is(i, MONTH | MONTH_ABBREVIATION)
        ? tokens.wordValue(i)
        : 0;
  }

  /** The ISO day of the week a capitalised weekday at {@code i} names, or 0 ("Black Friday"). */
  int weekdayAt(int i) {
    return tokens.capitalised(i) && tokens.is(i, WEEKDAY) && !tokens.is(i - 1, NOT_BEFORE_WEEKDAY)
        ? tokens.wordValue(i)
        : 0;
  }
}
