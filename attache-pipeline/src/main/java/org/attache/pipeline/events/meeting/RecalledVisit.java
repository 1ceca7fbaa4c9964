package org.attache.pipeline.events.meeting;

import java.util.Set;

/**
 * "his recent working visit", "her previous visit to Chile": a visit the text recalls, which took
 * place before the reported events and, where the sentence gives no date, at a time the text does
 * not say: it takes no date from the publication, and is not joined to the meetings reported.
 */
final class RecalledVisit {
  /** The rule of the date of a recalled visit that the text does not date. */
  static final String UNDATED = "date.recalled_undated";

  /** Words that mark a meeting as one recalled. */
  private static final Set<String> RECALLING =
      Set.of("recent", "previous", "last", "earlier", "past", "prior");

  /** How far before the meeting noun its marking word may stand: "his recent official visit". */
  private static final int REACH = 3;

  private RecalledVisit() {}

  /**
   * Whether the candidate is a recalled visit the text does not date: an earlier event than the
   * meetings reported, which it does not join.
   */
  static boolean undated(Candidate candidate) {
    return UNDATED.equals(candidate.provenance().get("date"));
  }

  static boolean recalled(MeetingSentence s, Triggers.Found trigger) {
    return s.nounMarkedBy(
        trigger.firstToken(),
        RECALLING,
        REACH,
        pos -> pos.startsWith("JJ") || pos.startsWith("NN"));
  }
}
