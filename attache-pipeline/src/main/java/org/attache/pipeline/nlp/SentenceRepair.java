package org.attache.pipeline.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.model.Span;

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
    Sentence pending = null;
    for (Sentence sentence : text.sentences()) {
      Sentence current = pending == null ? sentence : join(pending, sentence, repaired.size());
      if (endsWithAbbreviation(current)) {
        pending = current;
      } else {
        repaired.add(renumber(current, repaired.size()));
        pending = null;
      }
    }
    if (pending != null) {
      repaired.add(renumber(pending, repaired.size()));
    }
    return new AnnotatedText(text.text(), repaired);
  }

  private boolean endsWithAbbreviation(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
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

  private static Sentence join(Sentence first, Sentence second, int index) {
    List<Token> tokens = new ArrayList<>(first.tokens());
    tokens.addAll(second.tokens());
    return new Sentence(index, new Span(first.span().start(), second.span().end()), tokens);
  }

  private static Sentence renumber(Sentence sentence, int index) {
    return sentence.index() == index
        ? sentence
        : new Sentence(index, sentence.span(), sentence.tokens());
  }
}
