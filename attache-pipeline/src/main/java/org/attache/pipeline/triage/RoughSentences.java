package org.attache.pipeline.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.model.Span;

/**
 * Sentences of a raw text found without any model, for triage: a sentence ends after {@code . ! ?}
 * (closing quotes and brackets included) followed by a space and then a capital letter, a digit or
 * an opening quote, and at every line break. A full stop after a single letter ("J. Smith") or
 * after a common abbreviation ("Mr.", "Dr.", "No.") ends no sentence.
 *
 * <p>It errs towards longer sentences: a missed break keeps two sentences together, which costs
 * only speed, while a false break could blank half of a sentence.
 */
final class RoughSentences {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "gen", "col", "lt", "maj", "capt",
          "sen", "rep", "gov", "amb", "hon", "rev", "jr", "sr", "vs", "etc", "inc", "ltd", "co",
          "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec", "art", "para", "vol", "fig", "approx", "est", "dept", "univ");

  private RoughSentences() {}

  /** The sentences of {@code text}, in order, without the spaces between them. */
  static List<Span> of(String text) {
    List<Span> sentences = new ArrayList<>();
    int n = text.length();
    int start = skipSpace(text, 0);
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      int next = -1;
      if (c == '\n') {
        next = i;
      } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
        next = i + 1;
        while (next < n && closes(text.charAt(next))) {
          next++;
        }
      }
      if (next < 0) {
        i++;
        continue;
      }
      add(sentences, text, start, next);
      start = skipSpace(text, next);
      i = start;
    }
    add(sentences, text, start, n);
    return sentences;
  }

  private static boolean endsSentence(String text, int at) {
    int j = at + 1;
    while (j < text.length() && closes(text.charAt(j))) {
      j++;
    }
    if (j == text.length()) {
      return true;
    }
    if (text.charAt(j) != ' ' && text.charAt(j) != '\t') {
      return false;
    }
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    if (j == text.length() || text.charAt(j) == '\n') {
      return true;
    }
    char first = text.charAt(j);
    boolean opens =
        Character.isUpperCase(first)
            || Character.isDigit(first)
            || first == '"'
            || first == '\u201c'
            || first == '\''
            || first == '\u2018'
            || first == '(';
    return opens && (text.charAt(at) != '.' || !abbreviation(text, at));
  }

  /** Whether the word before the full stop at {@code at} is an initial or an abbreviation. */
  private static boolean abbreviation(String text, int at) {
    int s = at;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    String word = text.substring(s, at).toLowerCase(Locale.ROOT);
    return word.length() == 1 || word.indexOf('.') >= 0 || ABBREVIATIONS.contains(word);
  }

  private static boolean closes(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019';
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void add(List<Span> sentences, String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > start) {
      sentences.add(new Span(start, e));
    }
  }
}
