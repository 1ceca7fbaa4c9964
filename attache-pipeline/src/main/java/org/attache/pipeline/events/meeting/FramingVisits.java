package org.attache.pipeline.events.meeting;

import java.util.ArrayList;
import java.util.List;
import org.attache.pipeline.analysis.ActorTable;

/** The visits of a sentence that only frame the meetings it reports. */
final class FramingVisits {
  private static final String VISIT = "042";

  private FramingVisits() {}

  /**
   * "A, who is visiting China, met B": the visit to a state is the frame of the meeting the same
   * sentence reports of its visitor, not a meeting of its own.
   */
  static List<Candidate> without(List<Candidate> candidates, ActorTable actors) {
    List<Candidate> kept = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate candidate = candidates.get(i);
      boolean framing = false;
      List<String> sides = candidate.participants();
      if (candidate.cameo().equals(VISIT) && sides.size() == 2) {
        String visitor = sides.get(0);
        boolean toState = actors.code(sides.get(1)).isPresent();
        for (int j = 0; j < candidates.size(); j++) {
          Candidate other = candidates.get(j);
          framing |=
              toState
                  && j != i
                  && other.told() == Candidate.Told.REPORTED
                  && other.participants().contains(visitor);
        }
      }
      if (!framing) {
        kept.add(candidate);
      }
    }
    return kept;
  }
}
