package org.attache.pipeline.mentions;

import java.text.Normalizer;
import java.util.Locale;
import org.attache.pipeline.analysis.Mention;

/**
 * The name a place record gives a city: the knowledge base's name, unless the text calls the city
 * by another name (a former one: "Nur-Sultan" for Astana, "Bombay" for Mumbai), which is kept as
 * written. A mere spelling ("Ha Noi", "Teheran", "Washington DC") takes the usual name.
 */
public final class CityNames {
  /**
   * The most letters in which a spelling may differ from the usual name, at least; three in ten of
   * a long name's letters may ("St. Petersburg").
   */
  private static final int SPELLING = 2;

  private CityNames() {}

  /** The city's name for a record, from its mention in {@code text}. */
  public static String of(Mention city, String text) {
    String written = text.substring(city.span().start(), city.span().end()).strip();
    String usual = city.value();
    String a = letters(written);
    String b = letters(usual);
    int spelling = Math.max(SPELLING, Math.max(a.length(), b.length()) * 3 / 10);
    if (a.isEmpty() || a.contains(b) || b.contains(a) || distance(a, b) <= spelling) {
      return usual;
    }
    return written.equals(written.toUpperCase(Locale.ROOT)) ? capitalised(written) : written;
  }

  private static String letters(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
  }

  /** "NUR-SULTAN" as "Nur-Sultan". */
  private static String capitalised(String upper) {
    StringBuilder out = new StringBuilder(upper.length());
    boolean start = true;
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return out.toString();
  }

  /** The Levenshtein distance of two short strings. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
