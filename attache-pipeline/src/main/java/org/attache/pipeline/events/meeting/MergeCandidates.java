package org.attache.pipeline.events.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.pipeline.actors.ActorTable;

/**
 * Joins the candidates of a document that report the same meeting: those from different sentences
 * that share a person (or, without people, a side) and agree on the date. The headline and the body
 * usually report the same one.
 */
final class MergeCandidates {
  private MergeCandidates() {}

  static List<Candidate> merge(List<Candidate> candidates, ActorTable actors) {
    List<Candidate> merged = new ArrayList<>();
    for (Candidate candidate : candidates) {
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
    return merged;
  }

  static boolean datesAgree(Optional<String> a, Optional<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    return a.get().startsWith(b.get()) || b.get().startsWith(a.get());
  }
}
