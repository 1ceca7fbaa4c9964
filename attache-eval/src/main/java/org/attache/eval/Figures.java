package org.attache.eval;

import java.util.Optional;
import java.util.function.BinaryOperator;
import org.attache.model.Require;

/**
 * The figures of every section, for one document or summed over a set; a section is empty where it
 * was not scored (the gold does not give it).
 */
public record Figures(
    Optional<PeopleFigures> people,
    Optional<MeetingFigures> meetings,
    Optional<Score> statements,
    Optional<AgreementFigures> agreements,
    Optional<PlanFigures> plans,
    Optional<Score> priorities,
    Optional<Score> establishments) {
  public static final Figures NONE =
      new Figures(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  public Figures {
    Require.nonNull(
        "people, meetings, statements, agreements, plans, priorities, establishments",
        people,
        meetings,
        statements,
        agreements,
        plans,
        priorities,
        establishments);
  }

  /** The sums of both, section by section: the micro-average's counts. */
  public Figures plus(Figures other) {
    return new Figures(
        merge(people, other.people, PeopleFigures::plus),
        merge(meetings, other.meetings, MeetingFigures::plus),
        merge(statements, other.statements, Score::plus),
        merge(agreements, other.agreements, AgreementFigures::plus),
        merge(plans, other.plans, PlanFigures::plus),
        merge(priorities, other.priorities, Score::plus),
        merge(establishments, other.establishments, Score::plus));
  }

  private static <T> Optional<T> merge(Optional<T> a, Optional<T> b, BinaryOperator<T> sum) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() ? a : Optional.of(sum.apply(a.get(), b.get()));
  }
}
