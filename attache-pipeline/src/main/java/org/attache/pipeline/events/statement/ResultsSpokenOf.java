package org.attache.pipeline.events.statement;

import org.attache.pipeline.events.parties.SentenceView;

/**
 * A stance noun followed by a participle that tells it as done ("the consensus reached by the heads
 * of state", "the agreements signed last year", "the support provided by China") names a result the
 * speaker speaks of, not the speaker's act: it does not decide the stance of the clause.
 */
final class ResultsSpokenOf {
  private ResultsSpokenOf() {}

  /** Whether the stance word ending at the token is a noun told as done by the word after it. */
  static boolean isResult(SentenceView view, int last) {
    return view.pos(last).startsWith("NN")
        && view.inside(last + 1)
        && view.pos(last + 1).equals("VBN");
  }
}
