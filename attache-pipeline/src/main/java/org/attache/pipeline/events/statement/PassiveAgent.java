package org.attache.pipeline.events.statement;

import java.util.OptionalInt;
import java.util.Set;
import org.attache.pipeline.events.parties.SentenceView;

/**
 * An act of speech told in the passive with its agent: "the results have been positively assessed
 * by the participants", "the proposal was welcomed by both sides". The speaker is the agent after
 * "by", never the subject before the verb, which is what was spoken of. A passive in a subordinate
 * clause ("since it was proposed by") is no act.
 */
final class PassiveAgent {
  private static final Set<String> BE = Set.of("be", "been", "being", "is", "are", "was", "were");

  private static final Set<String> OPENERS =
      Set.of("since", "as", "when", "after", "before", "which", "that", "who", "once", "because");

  private PassiveAgent() {}

  /** The first token of the agent of an act told in the passive, if the act is one. */
  static OptionalInt agent(SentenceView view, Act act) {
    int verb = act.firstToken();
    while (verb < act.lastToken() && view.pos(verb).startsWith("RB")) {
      verb++;
    }
    if (!view.pos(verb).equals("VBN") || !view.lower(act.lastToken() + 1).equals("by")) {
      return OptionalInt.empty();
    }
    int before = act.firstToken() - 1;
    while (view.inside(before) && view.pos(before).startsWith("RB")) {
      before--;
    }
    return BE.contains(view.lower(before)) && !subordinate(view, before)
        ? OptionalInt.of(act.lastToken() + 2)
        : OptionalInt.empty();
  }

  /**
   * Whether the passive stands in a subordinate clause ("since it was proposed by", "which was
   * welcomed by"): the background of the sentence, not an act it reports.
   */
  private static boolean subordinate(SentenceView view, int be) {
    for (int i = be - 1; i >= Math.max(view.first(), be - 2); i--) {
      if (OPENERS.contains(view.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
