package org.attache.knowledge;

import java.util.Locale;

/**
 * The character folding shared by {@link PhraseMatcher} and the name lookups of {@link
 * KnowledgeBase}: typographic apostrophes and quotes become ASCII ones, hyphen variants become
 * {@code '-'}, runs of whitespace become one space, and invisible format characters (soft hyphen,
 * zero-width space) are dropped.
 */
final class Folding {
  /** Marks a character that is skipped altogether. */
  static final char IGNORED = '\uFFFF';

  private Folding() {}

  /** Returns the folded form of {@code c}, {@code ' '} for any whitespace, or {@link #IGNORED}. */
  static char fold(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201B', '\u02BC', '\u2032', '\uFF07' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\uFF02' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\uFE63', '\uFF0D' -> '-';
      case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> IGNORED;
      default -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
    };
  }

  /** Lower-cases one character without the locale; never changes the length of a text. */
  static char lower(char c) {
    return Character.toLowerCase(c);
  }

  /**
   * Folds a whole phrase: the folded characters, whitespace runs collapsed to one space, trimmed.
   */
  static String phrase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = fold(text.charAt(i));
      if (c == IGNORED || (c == ' ' && (out.length() == 0 || lastIs(out, ' ')))) {
        continue;
      }
      out.append(c);
    }
    if (out.length() > 0 && lastIs(out, ' ')) {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  /** The key under which names are looked up: the folded phrase, lower-cased. */
  static String key(String text) {
    String folded = phrase(text);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      out.append(lower(folded.charAt(i)));
    }
    return out.toString();
  }

  /** Whether {@code codePoint} belongs to a word: a letter, a digit or a combining mark. */
  static boolean isWordChar(int codePoint) {
    if (Character.isLetterOrDigit(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** Upper-cases an ASCII code the same way everywhere. */
  static String code(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }

  private static boolean lastIs(StringBuilder out, char c) {
    return out.charAt(out.length() - 1) == c;
  }
}
