package org.attache.pipeline.lang.ru;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.model.Span;
import org.attache.pipeline.analysis.AnnotatedText;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Token;

/**
 * Splits a Russian text into sentences and tokens, each word with its readings from {@link
 * Morphology}: a token's {@code lemma} is its first reading's lemma (the word in lower case when
 * the dictionary does not know it), its {@code pos} the tags of all its readings joined by {@code
 * |} ({@code UNK} for an unknown word, {@code PUNCT}, {@code NUM}), its {@code ner} {@code O}.
 *
 * <p>A word is a run of letters, with hyphens inside ("вице-спикер", "государств-членов"); a number
 * a run of digits; every other visible character is a token of its own. A sentence ends at a line
 * end, or at {@code .}, {@code !}, {@code ?} or {@code …} before a capital letter, a digit or a
 * quotation mark, except after an initial ("Ш.Нурышев", "С. Зась") or an abbreviation ("г.",
 * "с.г.", "т.е.").
 */
public final class RussianText {
  private static final Set<String> ABBREVIATIONS =
      Set.of("г", "гг", "с", "т", "е", "др", "им", "ул", "пр", "см", "стр", "тыс", "млн", "млрд");

  private RussianText() {}

  public static AnnotatedText annotate(String text) {
    List<Token> tokens = tokens(text);
    List<Sentence> sentences = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      boolean lineBreak =
          !current.isEmpty()
              && text.substring(current.get(current.size() - 1).end(), token.start())
                  .contains("\n");
      if (lineBreak) {
        sentences.add(sentence(sentences.size(), current));
        current = new ArrayList<>();
      }
      current.add(reindexed(token, i));
      if (endsSentence(tokens, i)) {
        sentences.add(sentence(sentences.size(), current));
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      sentences.add(sentence(sentences.size(), current));
    }
    return new AnnotatedText(text, sentences);
  }

  private static Token reindexed(Token token, int index) {
    return new Token(index, token.text(), token.span(), token.pos(), token.lemma(), token.ner());
  }

  private static Sentence sentence(int index, List<Token> tokens) {
    Span span = new Span(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    return new Sentence(index, span, tokens);
  }

  private static boolean endsSentence(List<Token> tokens, int i) {
    String word = tokens.get(i).text();
    if (!(word.equals(".") || word.equals("!") || word.equals("?") || word.equals("…"))) {
      return false;
    }
    if (i + 1 >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(i + 1);
    if (next.start() == tokens.get(i).end() && Character.isLetter(next.text().charAt(0))) {
      return false;
    }
    char first = next.text().charAt(0);
    boolean opens =
        Character.isUpperCase(first) || Character.isDigit(first) || "«\"„“—-".indexOf(first) >= 0;
    if (!opens || !word.equals(".") || i == 0) {
      return opens;
    }
    String before = tokens.get(i - 1).text();
    boolean initial = before.length() == 1 && Character.isUpperCase(before.charAt(0));
    return !initial && !ABBREVIATIONS.contains(before.toLowerCase(Locale.ROOT));
  }

  static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int end = i + 1;
      if (Character.isLetter(c)) {
        while (end < text.length()
            && (Character.isLetter(text.charAt(end))
                || isInnerHyphen(text, end) && end + 1 < text.length())) {
          end++;
        }
      } else if (Character.isDigit(c)) {
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
          end++;
        }
      }
      tokens.add(token(tokens.size(), text.substring(i, end), new Span(i, end)));
      i = end;
    }
    return tokens;
  }

  private static boolean isInnerHyphen(String text, int at) {
    return text.charAt(at) == '-'
        && at + 1 < text.length()
        && Character.isLetter(text.charAt(at + 1))
        && Character.isLetter(text.charAt(at - 1));
  }

  private static Token token(int index, String word, Span span) {
    char first = word.charAt(0);
    if (Character.isDigit(first)) {
      return new Token(index, word, span, "NUM", word, "O");
    }
    if (!Character.isLetter(first)) {
      return new Token(index, word, span, "PUNCT", word, "O");
    }
    List<Morphology.Reading> readings = Morphology.readings(word);
    if (readings.isEmpty()) {
      return new Token(index, word, span, "UNK", word.toLowerCase(Locale.ROOT), "O");
    }
    List<String> tags = new ArrayList<>();
    for (Morphology.Reading reading : readings) {
      tags.add(reading.tag());
    }
    return new Token(index, word, span, String.join("|", tags), readings.get(0).lemma(), "O");
  }
}
