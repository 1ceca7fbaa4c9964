package org.attache.pipeline.events.statement;

import java.util.ArrayList;
import java.util.List;
import org.attache.knowledge.StanceLexicon;
import org.attache.knowledge.StanceMatch;
import org.attache.knowledge.StanceWord;
import org.attache.knowledge.WordKind;
import org.attache.pipeline.events.parties.SentenceView;

/**
 * Finds the verbs of reported speech of a sentence: the stance words used as a finite verb
 * ("noted", "calls for"), a perfect ("has expressed"), an infinitive after a verb that is not one
 * ("took the opportunity to thank"), a participle right after its subject ("the Secretary-General
 * hoping that ...") or a participle after a comma or opening the sentence ("..., stressing that").
 * A past form joined by "and" to an act before it is an act too, even where the tagger reads it as
 * a participle ("reaffirmed that ... and informed him of"), and so is a passive with its agent
 * ("was welcomed by both sides", {@link PassiveAgent}).
 */
final class Acts {
  private final StanceLexicon stances;
  private final StatementWords words;

  Acts(StanceLexicon stances, StatementWords words) {
    this.stances = stances;
    this.words = words;
  }

  List<Act> in(SentenceView view) {
    List<Act> acts = new ArrayList<>();
    int offset = view.sentence().span().start();
    for (StanceMatch match : stances.find(view.text())) {
      if (!match.word().kinds().contains(WordKind.VERB)
          && !match.word().kinds().contains(WordKind.PHRASE)) {
        continue;
      }
      int first = view.tokenAt(offset + match.start());
      int last = view.tokenAt(offset + match.end() - 1);
      if (first < 0 || last < first) {
        continue;
      }
      if (!acts.isEmpty() && acts.get(acts.size() - 1).lastToken() >= first) {
        continue;
      }
      int verb = first;
      while (verb < last && view.pos(verb).startsWith("RB")) {
        verb++;
      }
      Act act = new Act(first, last, match.word());
      if (isVerb(view, verb, acts)
          || participle(view, verb, match.word())
          || PassiveAgent.agent(view, act).isPresent()) {
        acts.add(act);
      }
    }
    return acts;
  }

  private boolean isVerb(SentenceView view, int token, List<Act> before) {
    String pos = view.pos(token);
    switch (pos) {
      case "VBD", "VBZ", "VBP" -> {
        return !view.lower(token - 1).equals("to");
      }
      case "VBN" -> {
        int aux = skipAdverbs(view, token - 1);
        String word = view.lower(aux);
        String tag = view.pos(aux);
        return (word.equals("and") && !before.isEmpty())
            || word.equals("has")
            || word.equals("have")
            || word.equals("had")
            || tag.equals("NNS")
            || tag.startsWith("NNP")
            || tag.equals("PRP");
      }
      case "VB" -> {
        if (!view.lower(token - 1).equals("to")) {
          return false;
        }
        return before.isEmpty() || before.get(before.size() - 1).lastToken() < token - 8;
      }
      case "VBG" -> {
        return view.sideEndingAt(token - 1).isPresent();
      }
      default -> {
        return false;
      }
    }
  }

  /**
   * A participle that is an act of its own: after a comma ("..., stressing that") or opening the
   * sentence ("Noting the progress, the minister ..."). Phrases ("according to") are not.
   */
  private static boolean participle(SentenceView view, int token, StanceWord word) {
    if (!view.pos(token).equals("VBG") || !word.kinds().contains(WordKind.VERB)) {
      return false;
    }
    String before = view.lower(token - 1);
    return before.equals(",")
        || token == view.first()
        || (token == view.first() + 1
            && (before.equals("``") || before.equals("\"") || before.equals("«")));
  }

  private int skipAdverbs(SentenceView view, int token) {
    int i = token;
    while (view.inside(i)
        && (view.pos(i).startsWith("RB")
            || (words.is(view.lower(i), StatementWords.Role.SKIP) && !isAux(view.lower(i))))) {
      i--;
    }
    return i;
  }

  private static boolean isAux(String word) {
    return word.equals("has") || word.equals("have") || word.equals("had");
  }
}
