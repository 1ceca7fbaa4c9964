package org.attache.pipeline.events.statement;

import org.attache.pipeline.events.parties.SentenceView;

/**
 * What keeps an act of speech from being a statement of its speaker: a denial, a relative clause,
 * an act embedded in another's clause, a closing attribution that only names the source.
 */
final class ActChecks {
  private final StatementWords words;

  ActChecks(StatementWords words) {
    this.words = words;
  }

  /** Whether the act is denied ("did not criticise"). */
  boolean negated(SentenceView view, Act act) {
    for (int i = act.firstToken() - 1; i >= Math.max(view.first(), act.firstToken() - 3); i--) {
      if (words.is(view.lower(i), StatementWords.Role.NEGATION)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the act is "expected" in the passive: "the minister is expected to arrive" reports a
   * schedule, not what anyone said.
   */
  static boolean scheduled(SentenceView view, Act act) {
    return act.word().lemma().equals("expect")
        && view.lower(act.lastToken()).equals("expected")
        && view.token(act.firstToken() - 1).lemma().equals("be");
  }

  /** Whether the sentence tells the act second-hand ("reportedly", "according to"). */
  boolean hearsay(SentenceView view, Act act) {
    for (int i = view.first(); i <= view.last(); i++) {
      if (words.is(view.lower(i), StatementWords.Role.HEARSAY)) {
        return true;
      }
    }
    return act.word().lemma().equals("according to");
  }

  /** Whether the subject opens a relative clause: "the issues that the two sides discussed". */
  boolean inRelativeClause(SentenceView view, int subject) {
    if (subject < 0) {
      return false;
    }
    int start = subject;
    while (view.pos(start - 1).equals("DT") || view.pos(start - 1).equals("CD")) {
      start--;
    }
    String word = view.lower(start - 1);
    return words.is(word, StatementWords.Role.RELATIVE)
        || (words.is(word, StatementWords.Role.EMBEDDING) && view.pos(start - 2).startsWith("NN"));
  }

  /** Whether a word that embeds a clause ("that") stands between the tokens. */
  boolean embeddingBetween(SentenceView view, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (words.is(view.lower(i), StatementWords.Role.EMBEDDING)) {
        return true;
      }
    }
    return false;
  }

  /** A closing "..., the ministry said (in a statement)." that only names the source. */
  static boolean attributionOnly(SentenceView view, Act act, int clauseEnd) {
    int content = 0;
    for (int i = act.lastToken() + 1; i <= clauseEnd; i++) {
      if (!isPunctuation(view.lower(i))) {
        content++;
      }
    }
    return content <= 4 && view.sidesBetween(act.lastToken() + 1, clauseEnd).isEmpty();
  }

  static boolean isPunctuation(String word) {
    return word.length() <= 2 && !word.isEmpty() && !Character.isLetterOrDigit(word.charAt(0));
  }
}
