package org.attache.pipeline.time;

import java.util.LinkedHashMap;
import java.util.Map;
import org.attache.knowledge.CalendarNames;

/**
 * The words the date grammar knows, each with its classes (a bit set) and a value: the month
 * number, the ISO day of the week, a day offset or a direction. Looked up case-insensitively in an
 * open-addressing table straight from the text, so that scanning allocates nothing per word.
 */
final class Lexicon {
  /** A full month name; value 1..12. */
  static final int MONTH = 1;

  /** A month abbreviation ("Feb", "Sept"), a month only next to a number; value 1..12. */
  static final int MONTH_ABBREVIATION = 1 << 1;

  /** A day of the week; value 1 (Monday) .. 7 (Sunday). */
  static final int WEEKDAY = 1 << 2;

  /** "st", "nd", "rd", "th" written against a number. */
  static final int ORDINAL_SUFFIX = 1 << 3;

  /** "yesterday", "today", "tonight", "tomorrow"; value: the offset in days. */
  static final int RELATIVE_DAY = 1 << 4;

  /** "last", "this", "current", "next"; value: -1, 0 or +1. */
  static final int DEICTIC = 1 << 5;

  static final int WEEK = 1 << 6;
  static final int MONTH_UNIT = 1 << 7;
  static final int YEAR_UNIT = 1 << 8;

  /** Opens a "from X to Y" range. */
  static final int FROM = 1 << 9;

  /** Opens a "between X and Y" range. */
  static final int BETWEEN = 1 << 10;

  /** Joins the ends of a range: "to", "until", "till", "through". */
  static final int UNTIL = 1 << 11;

  static final int AND = 1 << 12;
  static final int OF = 1 << 13;

  /** A word after which a bare month name reads as a month: "in March", "since June". */
  static final int MONTH_CUE = 1 << 14;

  /** The narrower cues after which "May" reads as a month rather than a name or a verb. */
  static final int MAY_CUE = 1 << 15;

  /** A word after which a number is not a year: "Resolution 2025", "No 2021", "USD 2000". */
  static final int NOT_BEFORE_YEAR = 1 << 16;

  /** A unit after which the number before it is a quantity: "2005 tonnes". */
  static final int NOT_AFTER_YEAR = 1 << 17;

  /** A word that makes the next weekday a holiday's name: "Black Friday". */
  static final int NOT_BEFORE_WEEKDAY = 1 << 18;

  static final int THE = 1 << 19;

  /** "morning", "afternoon", "evening": a part of the day after "this". */
  static final int DAY_PART = 1 << 20;

  /** "years", after a number of them: "10 years ago". */
  static final int YEARS = 1 << 21;

  /** "ago". */
  static final int AGO = 1 << 22;

  /** A word of no interest. */
  static final Word NONE = new Word(0, 0);

  private static final String[] KEYS;
  private static final Word[] WORDS;
  private static final int MASK;
  private static final int LONGEST;

  /**
   * One entry.
   *
   * @param classes bit set of the constants above
   * @param value the number the word stands for, 0 if none
   */
  record Word(int classes, int value) {
    boolean is(int wordClass) {
      return (classes & wordClass) != 0;
    }
  }

  static {
    Map<String, Word> words = new LinkedHashMap<>();
    for (String month : CalendarNames.MONTHS) {
      add(words, MONTH, CalendarNames.month(month), month);
    }
    for (String abbreviation : CalendarNames.MONTH_ABBREVIATIONS) {
      add(words, MONTH_ABBREVIATION, CalendarNames.month(abbreviation), abbreviation);
    }
    for (int d = 0; d < CalendarNames.WEEKDAYS.size(); d++) {
      add(words, WEEKDAY, d + 1, CalendarNames.WEEKDAYS.get(d));
    }
    add(words, ORDINAL_SUFFIX, 0, "st", "nd", "rd", "th");
    add(words, RELATIVE_DAY, -1, "yesterday");
    add(words, RELATIVE_DAY, 0, "today", "tonight");
    add(words, RELATIVE_DAY, 1, "tomorrow");
    add(words, DEICTIC, -1, "last");
    add(words, DEICTIC, 0, "this", "current");
    add(words, DEICTIC, 1, "next");
    add(words, DAY_PART, 0, "morning", "afternoon", "evening");
    add(words, YEARS, 0, "years", "year");
    add(words, AGO, 0, "ago");
    add(words, WEEK, 0, "week");
    add(words, MONTH_UNIT, 0, "month");
    add(words, YEAR_UNIT, 0, "year");
    add(words, FROM, 0, "from");
    add(words, BETWEEN, 0, "between");
    add(words, UNTIL, 0, "to", "until", "till", "through");
    add(words, AND, 0, "and");
    add(words, OF, 0, "of");
    add(words, THE, 0, "the");
    add(
        words,
        MONTH_CUE | MAY_CUE,
        0,
        "in",
        "since",
        "until",
        "till",
        "from",
        "between",
        "during",
        "early",
        "mid",
        "late",
        "last",
        "next",
        "this",
        "before",
        "after",
        "through",
        "throughout");
    add(words, MONTH_CUE, 0, "of", "by", "for", "end");
    add(
        words,
        NOT_BEFORE_YEAR,
        0,
        "resolution",
        "resolutions",
        "no",
        "nos",
        "number",
        "article",
        "articles",
        "paragraph",
        "para",
        "chapter",
        "section",
        "page",
        "pages",
        "p",
        "pp",
        "flight",
        "room",
        "decree",
        "law",
        "item",
        "route",
        "highway",
        "code",
        "model",
        "version",
        "vol",
        "volume",
        "issue",
        "bus",
        "usd",
        "eur",
        "rub",
        "cny",
        "rmb");
    add(
        words,
        NOT_AFTER_YEAR,
        0,
        "people",
        "persons",
        "tonnes",
        "tonne",
        "tons",
        "ton",
        "t",
        "kg",
        "km",
        "kilometres",
        "kilometers",
        "metres",
        "meters",
        "m",
        "mw",
        "gw",
        "kw",
        "kwh",
        "hectares",
        "ha",
        "acres",
        "dollars",
        "euros",
        "yuan",
        "rubles",
        "roubles",
        "rupees",
        "troops",
        "soldiers",
        "units",
        "votes",
        "cases",
        "deaths",
        "participants",
        "students",
        "pieces",
        "barrels",
        "cubic",
        "sq",
        "square",
        "percent",
        "per",
        "feet",
        "ft",
        "miles",
        "mln",
        "million",
        "billion",
        "thousand",
        "households",
        "families",
        "refugees",
        "hours",
        "hrs",
        "h",
        "gmt",
        "utc",
        "mah",
        "gb",
        "mb",
        "mp",
        "hz",
        "mhz",
        "ghz",
        "rpm");
    add(
        words,
        NOT_BEFORE_WEEKDAY,
        0,
        "black",
        "good",
        "holy",
        "ash",
        "easter",
        "cyber",
        "maundy",
        "palm",
        "super",
        "bloody");

    int size = Integer.highestOneBit(words.size() * 4);
    KEYS = new String[size];
    WORDS = new Word[size];
    MASK = size - 1;
    int longest = 0;
    for (Map.Entry<String, Word> entry : words.entrySet()) {
      String key = entry.getKey();
      int slot = hash(key, 0, key.length()) & MASK;
      while (KEYS[slot] != null) {
        slot = (slot + 1) & MASK;
      }
      KEYS[slot] = key;
      WORDS[slot] = entry.getValue();
      longest = Math.max(longest, key.length());
    }
    LONGEST = longest;
  }

  private Lexicon() {}

  /** The entry for {@code text[start, end)}, ignoring case; {@link #NONE} if it is no keyword. */
  static Word lookup(String text, int start, int end) {
    int length = end - start;
    if (length > LONGEST) {
      return NONE;
    }
    int slot = hash(text, start, end) & MASK;
    while (KEYS[slot] != null) {
      String key = KEYS[slot];
      if (key.length() == length && text.regionMatches(true, start, key, 0, length)) {
        return WORDS[slot];
      }
      slot = (slot + 1) & MASK;
    }
    return NONE;
  }

  private static int hash(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + Character.toLowerCase(text.charAt(i));
    }
    return h ^ (h >>> 16);
  }

  private static void add(Map<String, Word> words, int wordClass, int value, String... keys) {
    for (String key : keys) {
      words.merge(
          key,
          new Word(wordClass, value),
          (a, b) -> new Word(a.classes() | b.classes(), a.value() != 0 ? a.value() : b.value()));
    }
  }
}
