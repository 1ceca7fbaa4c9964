package org.attache.pipeline.lang.ru;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Russian word forms and their readings (lemma and grammatical tag), from LanguageTool's Russian
 * dictionary ({@code org.languagetool:language-ru}, read with morfologik). The dictionary (2.3 MB)
 * is loaded once, on the first Russian word. Thread-safe: each lookup has its own reader.
 *
 * <p>Tags are LanguageTool's: {@code NN:Name:Masc:Sin:T} is a masculine first name in the
 * instrumental; cases are {@code Nom}, {@code R} (genitive), {@code D} (dative), {@code V}
 * (accusative), {@code T} (instrumental), {@code P} (prepositional).
 */
public final class Morphology {
  private static final String DICTIONARY = "/org/languagetool/resource/ru/russian.dict";

  /** One reading of a word form. */
  public record Reading(String lemma, String tag) {
    /** Whether the tag has this part ({@code Name}, {@code Fam}, {@code T}, ...). */
    public boolean has(String part) {
      for (String piece : tag.split(":", -1)) {
        if (piece.equals(part)) {
          return true;
        }
      }
      return false;
    }

    /** The case of a noun or adjective reading, or empty: Nom, R, D, V, T or P. */
    public String grammaticalCase() {
      for (String piece : tag.split(":", -1)) {
        if (Cases.ALL.contains(piece)) {
          return piece;
        }
      }
      return "";
    }
  }

  private Morphology() {}

  private static final class Holder {
    private static final Dictionary DICT = load();

    private static Dictionary load() {
      URL url = Morphology.class.getResource(DICTIONARY);
      if (url == null) {
        throw new IllegalStateException(
            "The Russian dictionary " + DICTIONARY + " is not on the class path (language-ru)");
      }
      try {
        return Dictionary.read(url);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the Russian dictionary " + DICTIONARY, e);
      }
    }
  }

  /** The readings of a word form, in the dictionary's order; none for an unknown word. */
  public static List<Reading> readings(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    DictionaryLookup lookup = new DictionaryLookup(Holder.DICT);
    List<Reading> readings = lookUp(lookup, lower);
    if (readings.isEmpty() && lower.indexOf('ё') >= 0) {
      readings = lookUp(lookup, lower.replace('ё', 'е'));
    }
    return readings;
  }

  private static List<Reading> lookUp(DictionaryLookup lookup, String form) {
    List<Reading> readings = new ArrayList<>();
    for (WordData data : lookup.lookup(form)) {
      readings.add(new Reading(data.getStem().toString(), data.getTag().toString()));
    }
    return List.copyOf(readings);
  }

  /** The grammatical cases. */
  static final class Cases {
    static final List<String> ALL = List.of("Nom", "R", "D", "V", "T", "P");

    private Cases() {}
  }
}
