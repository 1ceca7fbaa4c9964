package org.attache.pipeline.lang.ru;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Span;

/**
 * Finds the names of one Russian sentence, left to right: the longest name of the {@link
 * RussianLexicon} at each word (states, their adjectives, organisations, cities, posts), and runs
 * of words that make a person's name: capitalised words that the dictionary reads as a first name,
 * patronymic or surname or does not know at all, and initials ("Ш.", "А.Н."). A word in capitals
 * alone ("ТАСС") or inside quotation marks is no part of a name.
 */
final class SentenceNames {
  private static final List<String> KINDS =
      List.of("post", "state", "organisation", "city", "adjective");
  private static final Set<String> OPENING_QUOTES = Set.of("«", "\"", "„", "“");
  private static final Set<String> CLOSING_QUOTES = Set.of("»", "\"", "“", "”");

  private SentenceNames() {}

  static List<Found> find(List<RussianWord> words, RussianLexicon lexicon) {
    List<Found> found = new ArrayList<>();
    boolean quoted = false;
    int i = 0;
    while (i < words.size()) {
      RussianWord word = words.get(i);
      if (OPENING_QUOTES.contains(word.text()) && !quoted) {
        quoted = true;
        i++;
        continue;
      }
      if (CLOSING_QUOTES.contains(word.text()) && quoted) {
        quoted = false;
        i++;
        continue;
      }
      Optional<RussianLexicon.Match> match = lexicon.at(words, i, KINDS);
      if (match.isPresent()) {
        RussianLexicon.Match m = match.get();
        found.add(
            new Found(
                m.entry().kind(),
                m.entry().key(),
                m.first(),
                m.last(),
                span(words, m.first(), m.last())));
        i = m.last() + 1;
        continue;
      }
      int end = quoted ? i : nameEnd(words, i, lexicon);
      if (end > i) {
        RussianWord before = governing(words, found, i);
        String name = Nominative.of(words.subList(i, end), before);
        found.add(new Found("name", name, i, end - 1, span(words, i, end - 1)));
        i = end;
        continue;
      }
      i++;
    }
    return found;
  }

  /**
   * The word whose case the name at {@code start} takes: the head of the title just before it,
   * across the states and organisations between them ("Посла Республики Казахстан К.Тулегенова"),
   * else the word right before it.
   */
  private static RussianWord governing(List<RussianWord> words, List<Found> found, int start) {
    for (int f = found.size() - 1; f >= 0; f--) {
      Found item = found.get(f);
      if (item.kind().equals("post")) {
        return start - item.last() <= 10 ? words.get(item.first()) : words.get(start - 1);
      }
      if (!item.isActor() && !item.kind().equals("city")) {
        break;
      }
    }
    return start > 0 ? words.get(start - 1) : null;
  }

  /** The index after the name that starts at {@code start}, or {@code start} if none does. */
  private static int nameEnd(List<RussianWord> words, int start, RussianLexicon lexicon) {
    int i = start;
    while (i < words.size()) {
      if (isInitial(words, i)) {
        i += 2;
        continue;
      }
      if (i > start && lexicon.at(words, i, KINDS).isPresent()) {
        break;
      }
      if (!isNameWord(words.get(i))) {
        break;
      }
      i++;
    }
    // A name ends with a word, not an initial alone.
    while (i > start && words.get(i - 1).text().equals(".")) {
      i -= 2;
    }
    return i;
  }

  static boolean isInitial(List<RussianWord> words, int i) {
    RussianWord word = words.get(i);
    return word.text().length() == 1
        && Character.isUpperCase(word.text().charAt(0))
        && i + 1 < words.size()
        && words.get(i + 1).text().equals(".")
        && i + 2 < words.size()
        && Character.isUpperCase(words.get(i + 2).text().charAt(0));
  }

  static boolean isNameWord(RussianWord word) {
    String text = word.text();
    if (text.length() < 2 || !word.capitalised() || word.allCapitals()) {
      return false;
    }
    if (!Character.UnicodeScript.of(text.charAt(0)).equals(Character.UnicodeScript.CYRILLIC)) {
      return false;
    }
    return word.readings().isEmpty() || word.has("Name") || word.has("Fam") || word.has("Patr");
  }

  static Span span(List<RussianWord> words, int first, int last) {
    return new Span(words.get(first).token().start(), words.get(last).token().end());
  }
}
