package org.attache.server.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the words of a query in a sentence, as the store's search reads words: runs of letters and
 * digits, case aside (PostgreSQL's {@code simple} configuration). Words the query excludes ({@code
 * -word}) and its {@code or} are not marked.
 */
final class Highlights {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Highlights() {}

  /** The sentence cut into pieces, each word of the query a marked piece of its own. */
  static List<Piece> of(String sentence, String query) {
    Set<String> words = words(query);
    List<Piece> pieces = new ArrayList<>();
    Matcher m = WORD.matcher(sentence);
    int from = 0;
    while (m.find()) {
      if (words.contains(m.group().toLowerCase(Locale.ROOT))) {
        if (m.start() > from) {
          pieces.add(new Piece(sentence.substring(from, m.start()), false));
        }
        pieces.add(new Piece(m.group(), true));
        from = m.end();
      }
    }
    if (from < sentence.length()) {
      pieces.add(new Piece(sentence.substring(from), false));
    }
    return pieces;
  }

  private static Set<String> words(String query) {
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(query);
    while (m.find()) {
      boolean excluded = m.start() > 0 && query.charAt(m.start() - 1) == '-';
      String word = m.group().toLowerCase(Locale.ROOT);
      if (!excluded && !word.equals("or")) {
        words.add(word);
      }
    }
    return words;
  }
}
