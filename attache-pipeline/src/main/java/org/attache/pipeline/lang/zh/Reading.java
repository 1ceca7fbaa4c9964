package org.attache.pipeline.lang.zh;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.knowledge.ChineseLexicon;
import org.attache.pipeline.analysis.AnnotatedText;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Token;

/**
 * A Chinese text as the constructions read it: the text as written, its simplified form (same
 * offsets), its sentences and words, and the knowledge base's names found in it, indexed by where
 * they start and end.
 */
final class Reading {
  private final String text;
  private final String simplified;
  private final List<Sentence> sentences;
  private final ChineseLexicon lexicon;
  private final List<ChineseLexicon.Match> names;
  private final Map<Integer, ChineseLexicon.Match> byStart = new HashMap<>();
  private final Map<Integer, ChineseLexicon.Match> byEnd = new HashMap<>();
  private final Map<Integer, Token> tokenByStart = new HashMap<>();
  private final Map<Integer, Token> tokenByEnd = new HashMap<>();

  Reading(AnnotatedText annotated, ChineseLexicon lexicon) {
    this.text = annotated.text();
    this.simplified = Hanlp.simplified(text);
    this.sentences = annotated.sentences();
    this.lexicon = lexicon;
    this.names = lexicon.find(simplified);
    for (ChineseLexicon.Match match : names) {
      byStart.put(match.start(), match);
      byEnd.put(match.end(), match);
    }
    for (Token token : annotated.tokens()) {
      tokenByStart.put(token.span().start(), token);
      tokenByEnd.put(token.span().end(), token);
    }
  }

  ChineseLexicon lexicon() {
    return lexicon;
  }

  String text() {
    return text;
  }

  String simplified() {
    return simplified;
  }

  List<Sentence> sentences() {
    return sentences;
  }

  /** The knowledge base's names in the text, left to right. */
  List<ChineseLexicon.Match> names() {
    return names;
  }

  Optional<ChineseLexicon.Match> nameStartingAt(int offset) {
    return Optional.ofNullable(byStart.get(offset));
  }

  Optional<ChineseLexicon.Match> nameEndingAt(int offset) {
    return Optional.ofNullable(byEnd.get(offset));
  }

  Optional<Token> wordStartingAt(int offset) {
    return Optional.ofNullable(tokenByStart.get(offset));
  }

  Optional<Token> wordEndingAt(int offset) {
    return Optional.ofNullable(tokenByEnd.get(offset));
  }

  /** Whether HanLP read a person's name here (its tags nr, nrf, nrj...). */
  static boolean personWord(Token token) {
    return token.pos().startsWith("nr");
  }

  /** The index of the sentence holding an offset, or -1. */
  int sentenceAt(int offset) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      Sentence sentence = sentences.get(middle);
      if (offset < sentence.span().start()) {
        high = middle - 1;
      } else if (offset >= sentence.span().end()) {
        low = middle + 1;
      } else {
        return middle;
      }
    }
    return -1;
  }
}
