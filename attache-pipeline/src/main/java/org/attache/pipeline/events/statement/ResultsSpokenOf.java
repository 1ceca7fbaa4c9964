package org.attache.pipeline.events.statement;

import org.attache.pipeline.events.parties.SentenceView;

/**
 * A stance noun followed by a participle that tells it as done ("the consensus reached by the heads
 * of state", "the agreements signed last year", "the support provided by China") names a result the
 * speaker speaks of, not the speaker's act: it does not decide the stance of the clause.
 */
final class ResultsSpokenOf {
  private ResultsSpokenOf() {}

  /**
   * Whether the stance word from the first to the last token is a noun told as done by the word
   * after it, or a participle that tells what was done to the noun before it ("a political solution
   * supported by the people").
   */
  static boolean isResult(SentenceView view, int first, int last) {
    boolean noun =
        view.pos(last).startsWith("NN")
            && view.inside(last + 1)
            && view.pos(last + 1).equals("VBN");
    boolean participle =
        view.pos(first).equals("VBN")
            && view.pos(first - 1).startsWith("NN")
            && view.lower(last + 1).equals("by");
    return noun || participle;
  }
}
