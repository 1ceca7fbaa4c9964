package org.attache.pipeline.events.statement;

import org.attache.pipeline.events.parties.SentenceView;

/**
 * A series of predicates of one subject, told with commas: "X spoke highly of A, expressed
 * appreciation of B and thanked C". A finite verb right after a comma, in a sentence where an act
 * of speech already stands before it, goes on that act's series: its speakers are those of the act
 * before, and no actor named in the objects between ("the development of the SCO, expressed") is
 * its subject.
 */
final class PredicateSeries {
  private PredicateSeries() {}

  /**
   * Whether the act goes on the series of the act before it.
   *
   * @param before the token right before the act's verb, past adverbs
   * @param bound the first token after the act before
   */
  static boolean continues(SentenceView view, int before, Act act, int bound) {
    if (before < bound || !view.lower(before).equals(",")) {
      return false;
    }
    String pos = view.pos(act.firstToken());
    return pos.equals("VBD") || pos.equals("VBZ");
  }
}
