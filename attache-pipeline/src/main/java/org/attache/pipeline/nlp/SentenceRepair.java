package org.attache.pipeline.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.model.Span;
import org.attache.pipeline.analysis.AnnotatedText;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Token;

/**
 * Joins sentences that a splitter cut after an abbreviated form of address: "... met with H.E. |
 * Mr. Vladimir Putin, President of the Russian Federation" is one sentence.
 */
public final class SentenceRepair {
  private final Set<String> abbreviations;

  /**
   * @param abbreviations forms of address in lower case, with or without their final dot
   */
  public SentenceRepair(Set<String> abbreviations) {
    this.abbreviations = Set.copyOf(abbreviations);
  }

  public AnnotatedText repair(AnnotatedText text) {
    List<Sentence> repaired = new ArrayList<>();
    // The tokens of the sentences being joined, gathered once however many there are; null when
    // no sentence is waiting for the rest of its own.
    List<Token> joined = null;
    int joinedStart = 0;
    int joinedEnd = 0;
    for (Sentence sentence : text.sentences()) {
      if (joined == null) {
        if (endsWithAbbreviation(sentence.tokens())) {
          joined = new ArrayList<>(sentence.tokens());
          joinedStart = sentence.span().start();
          joinedEnd = sentence.span().end();
        } else {
          repaired.add(renumber(sentence, repaired.size()));
        }
        continue;
      }
      joined.addAll(sentence.tokens());
      joinedEnd = sentence.span().end();
      if (!endsWithAbbreviation(joined)) {
        repaired.add(new Sentence(repaired.size(), new Span(joinedStart, joinedEnd), joined));
        joined = null;
      }
    }
    if (joined != null) {
      repaired.add(new Sentence(repaired.size(), new Span(joinedStart, joinedEnd), joined));
    }
    return new AnnotatedText(text.text(), repaired);
  }

  private boolean endsWithAbbreviation(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return false;
    }
    String last = tokens.get(tokens.size() - 1).text().toLowerCase(Locale.ROOT);
    if (last.length() > 1 && last.endsWith(".") && abbreviations.contains(last)) {
      return true;
    }
    if (last.equals(".") && tokens.size() >= 2) {
      String before = tokens.get(tokens.size() - 2).text().toLowerCase(Locale.ROOT);
      return abbreviations.contains(before) || abbreviations.contains(before + ".");
    }
    return false;
  }

  private static Sentence renumber(Sentence sentence, int index) {
    return sentence.index() == index
        ? sentence
        : new Sentence(index, sentence.span(), sentence.tokens());
  }
}
