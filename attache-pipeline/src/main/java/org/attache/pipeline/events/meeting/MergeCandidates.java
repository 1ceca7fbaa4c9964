package org.attache.pipeline.events.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.pipeline.actors.ActorTable;

/**
 * Joins the candidates of a document that report the same meeting: those from different sentences
 * that share a person (or, without people, a side) and agree on the date. The headline and the body
 * usually report the same one. A sentence that refers back to a meeting ("During the talks, A and B
 * ...") adds to the one it refers to; one that names a single side gives its date and place to the
 * first meeting of that side.
 */
final class MergeCandidates {
  private MergeCandidates() {}

  static List<Candidate> merge(List<Candidate> candidates, ActorTable actors) {
    List<Candidate> merged = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (candidate.told() == Candidate.Told.ONE_SIDE) {
        continue;
      }
      if (candidate.told() == Candidate.Told.REFERS_BACK && !merged.isEmpty()) {
        int index = toldBefore(merged, candidate, actors);
        merged.set(index, merged.get(index).absorb(candidate, actors).peopleOnly(actors));
        continue;
      }
      Candidate target = null;
      for (Candidate existing : merged) {
        boolean same =
            !existing.evidence().equals(candidate.evidence())
                && (existing.sameSides(candidate, actors)
                    || existing.samePeople(candidate, actors));
        if (same && datesAgree(existing.date(), candidate.date())) {
          target = existing;
          break;
        }
      }
      if (target == null) {
        merged.add(candidate);
      } else {
        merged.set(merged.indexOf(target), target.merge(candidate).peopleOnly(actors));
      }
    }
    for (Candidate candidate : candidates) {
      if (candidate.told() != Candidate.Told.ONE_SIDE) {
        continue;
      }
      for (int i = 0; i < merged.size(); i++) {
        Candidate meeting = merged.get(i);
        boolean side = meeting.participants().containsAll(candidate.participants());
        if (side && datesAgree(meeting.date(), candidate.date())) {
          merged.set(i, meeting.absorb(candidate, actors));
          break;
        }
      }
    }
    return merged;
  }

  /**
   * The meeting a sentence that refers back ("During the talks, ...") tells more of: the latest
   * that shares its sides, else the latest.
   */
  private static int toldBefore(List<Candidate> merged, Candidate candidate, ActorTable actors) {
    for (int i = merged.size() - 1; i >= 0; i--) {
      Candidate earlier = merged.get(i);
      boolean same = earlier.sameSides(candidate, actors) || earlier.samePeople(candidate, actors);
      if (same && datesAgree(earlier.date(), candidate.date())) {
        return i;
      }
    }
    return merged.size() - 1;
  }

  static boolean datesAgree(Optional<String> a, Optional<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    return a.get().startsWith(b.get()) || b.get().startsWith(a.get());
  }
}
