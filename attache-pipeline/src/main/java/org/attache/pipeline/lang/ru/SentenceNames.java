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
      List.of("post", "state", "organisation", "city", "adjective", "institution");
  private static final Set<String> OPENING_QUOTES = Set.of("«", "\"", "„", "“");
  private static final Set<String> CLOSING_QUOTES = Set.of("»", "\"", "“", "”");

  /** The most words a quoted title holds. */
  private static final int TITLE_WORDS = 8;

  private SentenceNames() {}

  static List<Found> find(List<RussianWord> words, RussianLexicon lexicon) {
    List<Found> found = new ArrayList<>();
    boolean quoted = false;
    int i = 0;
    while (i < words.size()) {
      RussianWord word = words.get(i);
      if (OPENING_QUOTES.contains(word.text()) && !quoted) {
        quoted = isTitle(words, i);
        i++;
        continue;
      }
      if (CLOSING_QUOTES.contains(word.text()) && quoted) {
        quoted = false;
        i++;
        continue;
      }
      Optional<RussianLexicon.Match> match = lexicon.at(words, i, KINDS);
      Optional<RussianLexicon.Split> split = lexicon.split(words, i);
      if (split.isPresent() && (match.isEmpty() || split.get().last() > match.get().last())) {
        RussianLexicon.Split m = split.get();
        found.add(
            new Found(
                "post",
                m.entry().key(),
                m.first(),
                m.last(),
                span(words, m.first(), m.last()),
                Optional.of(m.of())));
        i = m.last() + 1;
        continue;
      }
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
   * Whether the quotation opened at {@code open} closes within a few words: a title ("агентство
   * «Дунё»"), whose words are no names; a longer quotation is reported speech, read as any text.
   */
  private static boolean isTitle(List<RussianWord> words, int open) {
    for (int i = open + 1; i < Math.min(words.size(), open + TITLE_WORDS + 2); i++) {
      if (CLOSING_QUOTES.contains(words.get(i).text())) {
        return true;
      }
    }
    return false;
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
        boolean title =
            start - item.last() <= 10 && RussianPosts.unbroken(words, item.last() + 1, start);
        return title ? words.get(item.first()) : words.get(start - 1);
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
      RussianWord word = words.get(i);
      if (!isNameWord(word)) {
        boolean carried =
            i > start && isCapitalName(words.get(i - 1), word) || isMisreadName(words, i);
        if (!carried) {
          break;
        }
      }
      i++;
    }
    // A name ends with a word, not an initial alone.
    while (i > start && words.get(i - 1).text().equals(".")) {
      i -= 2;
    }
    // One word that is also an adjective ("Южной Азии") is no name.
    if (i == start + 1 && words.get(start).has("ADJ")) {
      return start;
    }
    return i;
  }

  /**
   * Whether {@code word} goes on the name whose word {@code previous} is, though it is no name the
   * dictionary knows: a surname in capitals after a first name ("Валерий ХАНДОГИЙ"), or a
   * capitalised word after a name the dictionary does not know ("Чжан Мина", where "мина" is a
   * common noun).
   */
  private static boolean isCapitalName(RussianWord previous, RussianWord word) {
    if (!isCyrillic(word) || word.text().length() < 2) {
      return false;
    }
    if (word.allCapitals()) {
      boolean first = previous.has("Name") || previous.readings().isEmpty();
      return word.text().length() >= 3 && first && isNameWord(previous);
    }
    boolean foreign = previous.readings().isEmpty() || Nominative.indeclinable(previous);
    return word.capitalised() && foreign && !word.has("VB");
  }

  /**
   * Whether the word at {@code i} is a first name or surname the dictionary reads as another word
   * ("Си" of Си Цзиньпин, "Соната" of Соната Коултер): capitalised inside the sentence, no
   * adjective, with a name the dictionary does not know right after it.
   */
  private static boolean isMisreadName(List<RussianWord> words, int i) {
    RussianWord word = words.get(i);
    RussianWord previous = i > 0 ? words.get(i - 1) : null;
    return previous != null
        && !previous.isPunctuation()
        && !previous.has("CONJ")
        && !previous.has("PREP")
        && !word.has("ADJ")
        && word.capitalised()
        && !word.allCapitals()
        && isCyrillic(word)
        && i + 1 < words.size()
        && isNameWord(words.get(i + 1))
        && words.get(i + 1).readings().isEmpty();
  }

  private static boolean isCyrillic(RussianWord word) {
    return Character.UnicodeScript.of(word.text().charAt(0))
        .equals(Character.UnicodeScript.CYRILLIC);
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
