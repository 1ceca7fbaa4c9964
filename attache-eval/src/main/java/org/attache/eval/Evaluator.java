package org.attache.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Scores predicted records against gold annotations, as shared/gold/README.md says.
 *
 * <p>A section the gold does not give is not scored, except on documents the gold marks as not
 * diplomatic: there every event section counts as "none here", so each meeting, statement,
 * agreement, plan, priorities or establishment predicted is a false positive. People are not scored
 * on such documents.
 */
public final class Evaluator {
  private Evaluator() {}

  /** Scores every case, in the order given. */
  public static Report evaluate(List<Case> cases) {
    return new Report(cases.stream().map(Evaluator::evaluate).toList());
  }

  /** Scores one document. */
  public static DocumentScore evaluate(Case c) {
    Gold gold = c.gold().diplomatic() ? c.gold() : noEvents(c.gold());
    Gold predicted = RecordReducer.reduce(c.predicted());
    List<Miss> misses = new ArrayList<>();
    Figures figures =
        new Figures(
            section(gold.people(), predicted.people(), PeopleScorer::score, misses),
            section(gold.meetings(), predicted.meetings(), MeetingScorer::score, misses),
            section(gold.statements(), predicted.statements(), StatementScorer::score, misses),
            section(gold.agreements(), predicted.agreements(), AgreementScorer::score, misses),
            section(gold.plans(), predicted.plans(), PlanScorer::score, misses),
            section(
                gold.priorities(),
                predicted.priorities(),
                ActorDateScorer.PRIORITIES::score,
                misses),
            section(
                gold.establishments(),
                predicted.establishments(),
                ActorDateScorer.ESTABLISHMENTS::score,
                misses));
    boolean falseAlarm = !gold.diplomatic() && predicted.reportsEvents();
    return new DocumentScore(c.name(), gold.diplomatic(), falseAlarm, figures, misses);
  }

  private static Gold noEvents(Gold gold) {
    return gold.withMeetings(gold.meetings().orElse(List.of()))
        .withStatements(gold.statements().orElse(List.of()))
        .withAgreements(gold.agreements().orElse(List.of()))
        .withPlans(gold.plans().orElse(List.of()))
        .withPriorities(gold.priorities().orElse(List.of()))
        .withEstablishments(gold.establishments().orElse(List.of()));
  }

  private static <T, F> Optional<F> section(
      Optional<List<T>> gold,
      Optional<List<T>> predicted,
      BiFunction<List<T>, List<T>, Scored<F>> scorer,
      List<Miss> misses) {
    if (gold.isEmpty()) {
      return Optional.empty();
    }
    Scored<F> scored = scorer.apply(gold.get(), predicted.orElse(List.of()));
    misses.addAll(scored.misses());
    return Optional.of(scored.figures());
  }
}
