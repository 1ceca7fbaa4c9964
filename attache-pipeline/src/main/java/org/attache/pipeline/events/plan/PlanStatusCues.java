package org.attache.pipeline.events.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.attache.model.Event;
import org.attache.model.Meeting;
import org.attache.model.Period;
import org.attache.model.PlanStatus;
import org.attache.model.Vocabulary;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.events.parties.SentenceView;
import org.attache.pipeline.events.parties.TokenPhrases;

/**
 * Where a plan stands: the words of {@code plan-cues.tsv} ("drafting", "implemented", "signed")
 * nearest its noun, else, for a plan named as a title, its period against the publication date.
 */
final class PlanStatusCues {
  private final TokenPhrases<PlanStatus> cues =
      new TokenPhrases<>("plan-cues.tsv", s -> Vocabulary.parse(PlanStatus.class, s));

  /**
   * The cue nearest the plan noun, the nearest verb deciding ("the draft programme was approved");
   * "sign" not after "to" or "will" is approved.
   */
  Optional<TokenPhrases.Found<PlanStatus>> nearest(
      SentenceView view, TokenPhrases.Found<String> noun) {
    TokenPhrases.Found<PlanStatus> best = null;
    int bestDistance = Integer.MAX_VALUE;
    TokenPhrases.Found<PlanStatus> bestVerb = null;
    int bestVerbDistance = Integer.MAX_VALUE;
    for (TokenPhrases.Found<PlanStatus> cue : cues.in(view)) {
      int distance = cue.distanceTo(noun);
      if (distance > 0 && distance < bestDistance) {
        best = cue;
        bestDistance = distance;
      }
      String pos = view.pos(cue.firstToken());
      if (distance > 0
          && (pos.startsWith("VB") || pos.equals("MD"))
          && distance < bestVerbDistance) {
        bestVerb = cue;
        bestVerbDistance = distance;
      }
    }
    if (bestVerb != null) {
      best = bestVerb;
    }
    if (best != null && best.phrase().equals("sign") && !infinitive(view, best.firstToken())) {
      best = best.withValue(PlanStatus.APPROVED);
    }
    return Optional.ofNullable(best);
  }

  /** "to sign", "will sign", "should sign": not signed yet. */
  private static boolean infinitive(SentenceView view, int token) {
    return Set.of("to", "will", "would", "shall", "should", "must", "soon", "and")
        .contains(view.lower(token - 1));
  }

  /**
   * The status of a plan told with no cue, from its period: in progress over the publication year,
   * implemented before it, approved after it or when unknown.
   */
  static Optional<PlanStatus> byPeriod(
      Analysis analysis, Period period, SortedMap<String, String> provenance) {
    Optional<Integer> year =
        analysis.document().published().map(LocalDate::getYear).or(() -> storyYear(analysis));
    Optional<Integer> from = period.from().map(f -> Integer.parseInt(f.substring(0, 4)));
    Optional<Integer> to = period.to().map(t -> Integer.parseInt(t.substring(0, 4)));
    PlanStatus status = PlanStatus.APPROVED;
    if (year.isPresent() && from.isPresent() && to.isPresent()) {
      if (from.get() <= year.get() && year.get() <= to.get()) {
        status = PlanStatus.IN_PROGRESS;
      } else if (to.get() < year.get()) {
        status = PlanStatus.IMPLEMENTED;
      }
    }
    provenance.put("status", "a plan named as a title, by its period: " + status.code());
    return Optional.of(status);
  }

  /**
   * The year of the events told, for a document with no publication date: the year of the first
   * dated meeting.
   */
  private static Optional<Integer> storyYear(Analysis analysis) {
    for (Event event : analysis.events()) {
      if (event instanceof Meeting meeting && meeting.date().isPresent()) {
        String date = meeting.date().get();
        if (date.length() >= 4 && Character.isDigit(date.charAt(0))) {
          return Optional.of(Integer.parseInt(date.substring(0, 4)));
        }
      }
    }
    return Optional.empty();
  }
}
