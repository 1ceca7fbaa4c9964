package org.attache.pipeline.lang.ru;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Token;

/** A token of a Russian sentence with its readings, and what the rules ask of it. */
public record RussianWord(Token token, List<Morphology.Reading> readings) {
  public RussianWord {
    readings = List.copyOf(readings);
  }

  /** The words of a sentence, each with its readings. */
  public static List<RussianWord> of(Sentence sentence) {
    List<RussianWord> words = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      boolean word = !token.pos().equals("PUNCT") && !token.pos().equals("NUM");
      words.add(new RussianWord(token, word ? Morphology.readings(token.text()) : List.of()));
    }
    return words;
  }

  public String text() {
    return token.text();
  }

  public String lower() {
    return token.text().toLowerCase(Locale.ROOT);
  }

  /** The lemmas of its readings and the word itself in lower case, ё read as е too. */
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    for (Morphology.Reading reading : readings) {
      keys.add(reading.lemma());
    }
    keys.add(lower());
    keys.add(lower().replace('ё', 'е'));
    return keys;
  }

  /** Whether it is a form of {@code lemma}. */
  public boolean is(String lemma) {
    return keys().contains(lemma) || stemMatches(lemma);
  }

  /** Whether it is a form of one of the lemmas. */
  public boolean isAny(Set<String> lemmas) {
    for (String key : keys()) {
      if (lemmas.contains(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a capitalised word, or one the dictionary does not know, is an inflection of a name: it
   * starts with the name less its last vowel (at least four letters kept) and adds at most three
   * letters ("Тяньцзине" of "тяньцзинь", "Кыргызстана" of "кыргызстан", "замгоссекретаря" of
   * "замгоссекретарь").
   */
  public boolean stemMatches(String lemma) {
    if (!capitalised() && !readings.isEmpty() || lemma.indexOf(' ') >= 0) {
      return false;
    }
    String stem = lemma;
    if (!stem.isEmpty() && "аяеиоуыйь".indexOf(stem.charAt(stem.length() - 1)) >= 0) {
      stem = stem.substring(0, stem.length() - 1);
    }
    String lower = lower().replace('ё', 'е');
    return stem.length() >= 4
        && lower.startsWith(stem.replace('ё', 'е'))
        && lower.length() - stem.length() <= 3
        && lower.indexOf('-', stem.length()) < 0;
  }

  public boolean capitalised() {
    return !token.text().isEmpty() && Character.isUpperCase(token.text().charAt(0));
  }

  /** Whether every letter is a capital and there are at least two: "ШОС", "ТАСС". */
  public boolean allCapitals() {
    String text = token.text();
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** Whether some reading has a tag with this part ({@code Name}, {@code Fam}, {@code VB}...). */
  public boolean has(String part) {
    for (Morphology.Reading reading : readings) {
      if (reading.has(part)) {
        return true;
      }
    }
    return false;
  }

  public boolean isPunctuation() {
    return token.pos().equals("PUNCT");
  }
}
