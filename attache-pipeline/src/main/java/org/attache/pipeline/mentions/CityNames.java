package org.attache.pipeline.mentions;

import java.text.Normalizer;
import java.util.Locale;
import org.attache.pipeline.analysis.EditDistance;
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
    if (a.isEmpty() || a.contains(b) || b.contains(a) || EditDistance.of(a, b) <= spelling) {
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
}
