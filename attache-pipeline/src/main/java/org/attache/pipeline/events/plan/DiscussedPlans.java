package org.attache.pipeline.events.plan;

import java.util.Set;
import org.attache.model.PlanStatus;
import org.attache.pipeline.events.parties.SentenceView;
import org.attache.pipeline.events.parties.TokenPhrases;

/**
 * A plan whose drafting is only the subject of a discussion is proposed, not being drafted: "the
 * sides exchanged views on drafting a plan of joint events", "the ministers discussed developing a
 * road map". The drafting word must be a gerund or a noun governed by the discussion verb: no other
 * finite verb stands between them ("discussed the plan, which is being drafted" is drafting).
 */
final class DiscussedPlans {
  /** Finite verbs of discussion (past and present forms). */
  private static final Set<String> DISCUSSION =
      Set.of(
          "discussed",
          "discuss",
          "discusses",
          "exchanged",
          "exchange",
          "exchanges",
          "talked",
          "considered",
          "consider",
          "considers",
          "deliberated",
          "touched",
          "explored",
          "explore");

  private DiscussedPlans() {}

  /**
   * The cue's status, or proposed where the cue is a drafting word that a verb of discussion
   * governs.
   */
  static PlanStatus status(SentenceView view, TokenPhrases.Found<PlanStatus> cue) {
    if (cue.value() != PlanStatus.DRAFTING || finite(view.pos(cue.firstToken()))) {
      return cue.value();
    }
    for (int i = cue.firstToken() - 1; i >= view.first(); i--) {
      if (finite(view.pos(i))) {
        return DISCUSSION.contains(view.lower(i)) ? PlanStatus.PROPOSED : cue.value();
      }
    }
    return cue.value();
  }

  private static boolean finite(String pos) {
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }
}
