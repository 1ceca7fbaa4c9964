package org.attache.pipeline.events.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.Span;
import org.attache.pipeline.analysis.ActorTable;

/**
 * Joins the candidates of a document that report the same meeting: those from different sentences
 * that share a person (or, without people, a side) and agree on the date. The headline and the body
 * usually report the same one. A sentence that refers back to a meeting ("During the talks, A and B
 * ...") adds to the one it refers to; one that names a single side gives its date and place to the
 * first meeting of that side.
 *
 * <p>A candidate is compared only with the meetings reported within {@code reach} characters of it:
 * in a long digest, reports far apart are of different meetings, and comparing each report with
 * every other would cost the square of the document's length.
 */
final class MergeCandidates {
  private MergeCandidates() {}

  static List<Candidate> merge(List<Candidate> candidates, ActorTable actors, int reach) {
    List<Merging> merged = new ArrayList<>();
    Window open = new Window(reach);
    for (Candidate candidate : candidates) {
      if (candidate.told() == Candidate.Told.ONE_SIDE) {
        continue;
      }
      int at = start(candidate);
      open.closeBefore(at);
      if (candidate.told() == Candidate.Told.REFERS_BACK && !open.meetings.isEmpty()) {
        toldBefore(open.meetings, candidate, actors).absorb(candidate, actors);
        continue;
      }
      Merging target = null;
      for (Merging existing : open.meetings) {
        if (existing.takes(candidate, actors)) {
          target = existing;
          break;
        }
      }
      if (target == null) {
        Merging started = new Merging(candidate);
        merged.add(started);
        open.meetings.add(started);
      } else {
        target.add(candidate, actors);
      }
    }
    giveOneSides(candidates, merged, actors, reach);
    List<Candidate> result = new ArrayList<>();
    for (Merging meeting : merged) {
      result.add(meeting.candidate());
    }
    return result;
  }

  /**
   * A sentence that names one side gives its date and place to the first meeting of that side told
   * within the reach before or after it.
   */
  private static void giveOneSides(
      List<Candidate> candidates, List<Merging> merged, ActorTable actors, int reach) {
    Window open = new Window(reach);
    int next = 0;
    for (Candidate candidate : candidates) {
      if (candidate.told() != Candidate.Told.ONE_SIDE) {
        continue;
      }
      int at = start(candidate);
      while (next < merged.size() && merged.get(next).first() <= at + reach) {
        open.meetings.add(merged.get(next++));
      }
      open.closeBefore(at);
      for (Merging meeting : open.meetings) {
        boolean side = meeting.joined.participants().containsAll(candidate.participants());
        if (side && datesAgree(meeting.joined.date(), candidate.date())) {
          meeting.absorbSide(candidate, actors);
          break;
        }
      }
    }
  }

  private static int start(Candidate candidate) {
    return candidate.evidence().get(0).start();
  }

  /**
   * The meeting a sentence that refers back ("During the talks, ...") tells more of: the latest
   * that shares its sides, else the latest.
   */
  private static Merging toldBefore(List<Merging> open, Candidate candidate, ActorTable actors) {
    for (int i = open.size() - 1; i >= 0; i--) {
      Candidate earlier = open.get(i).joined;
      boolean same = earlier.sameSides(candidate, actors) || earlier.samePeople(candidate, actors);
      if (same && datesAgree(earlier.date(), candidate.date())) {
        return open.get(i);
      }
    }
    return open.get(open.size() - 1);
  }

  static boolean datesAgree(Optional<String> a, Optional<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    return a.get().startsWith(b.get()) || b.get().startsWith(a.get());
  }

  /** The meetings, in the order told, whose latest report is within the reach of a position. */
  private static final class Window {
    private final int reach;
    private final List<Merging> meetings = new ArrayList<>();

    Window(int reach) {
      this.reach = reach;
    }

    /** Drops the meetings last reported more than the reach before the position. */
    void closeBefore(int at) {
      meetings.removeIf(meeting -> meeting.latest() < at - reach);
    }
  }

  /**
   * A meeting being joined from its reports: the fields as {@link Candidate#merge} and {@link
   * Candidate#absorb} give them, and the evidence gathered in one list rather than copied at each
   * report.
   */
  private static final class Merging {
    private Candidate joined;
    private final List<Span> evidence;
    private int latest;

    Merging(Candidate first) {
      this.joined = first;
      this.evidence = new ArrayList<>(first.evidence());
      this.latest = start(first);
    }

    /** The start of the first report joined. */
    int first() {
      return evidence.get(0).start();
    }

    /** The start of the latest report joined. */
    int latest() {
      return latest;
    }

    boolean takes(Candidate candidate, ActorTable actors) {
      boolean same =
          !evidence.equals(candidate.evidence())
              && RecalledVisit.undated(joined) == RecalledVisit.undated(candidate)
              && (joined.sameSides(candidate, actors) || joined.samePeople(candidate, actors));
      return same && datesAgree(joined.date(), candidate.date());
    }

    /** Joins a later report of the same meeting. */
    void add(Candidate later, ActorTable actors) {
      joined = joined.merge(later).peopleOnly(actors);
      gather(later);
    }

    /** Takes what a sentence that refers back to this meeting adds. */
    void absorb(Candidate later, ActorTable actors) {
      joined = joined.absorb(later, actors).peopleOnly(actors);
      gather(later);
    }

    /** Takes the date and place of a sentence that names one of its sides. */
    void absorbSide(Candidate side, ActorTable actors) {
      joined = joined.absorb(side, actors);
      gather(side);
    }

    private void gather(Candidate report) {
      evidence.addAll(report.evidence());
      latest = Math.max(latest, start(report));
    }

    Candidate candidate() {
      return joined.withEvidence(evidence);
    }
  }
}
