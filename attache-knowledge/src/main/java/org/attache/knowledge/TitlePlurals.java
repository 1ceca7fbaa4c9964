package org.attache.knowledge;

import java.util.Locale;

/**
 * The plural of a post title, so that "Ambassadors of A and B" and "Foreign Ministers" are read as
 * the titles they are. The head noun takes the plural: the word before "of", "for" or "d'"
 * ("Ministers of Foreign Affairs", "Chargés d'Affaires"), else the last word ("Foreign Ministers");
 * a hyphenated head pluralises its first part ("Secretaries-General").
 */
final class TitlePlurals {
  private TitlePlurals() {}

  static String plural(String title) {
    String[] words = title.split(" ");
    int head = words.length - 1;
    for (int i = 1; i < words.length; i++) {
      String word = words[i].toLowerCase(Locale.ROOT);
      if (word.equals("of")
          || word.equals("for")
          || word.startsWith("d'")
          || word.startsWith("d’")) {
        head = i - 1;
        break;
      }
    }
    String word = words[head];
    int hyphen = word.indexOf('-');
    words[head] =
        hyphen > 0
            ? pluralWord(word.substring(0, hyphen)) + word.substring(hyphen)
            : pluralWord(word);
    return String.join(" ", words);
  }

  private static String pluralWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.endsWith("s")
        || lower.endsWith("x")
        || lower.endsWith("ch")
        || lower.endsWith("sh")) {
      return word + "es";
    }
    if (lower.endsWith("y")
        && lower.length() > 1
        && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    return word + "s";
  }
}
