package org.attache.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Scores plans: a prediction pairs with a gold plan whose period matches (each end by the date
 * rule; an end unknown on either side does not prevent it) and whose parties overlap at least half;
 * pairs with more known period ends in agreement come first, then larger overlaps. Status accuracy
 * is over the pairs.
 *
 * <p>Plan items are scored in a document whose gold lists the items of at least one plan (a gold
 * plan there without the key lists none): over paired plans by {@link PlanItemScorer}; the items of
 * unpaired plans are all errors, missed or spurious.
 */
final class PlanScorer {
  private PlanScorer() {}

  static Scored<PlanFigures> score(List<Gold.Plan> gold, List<Gold.Plan> predicted) {
    List<Pairing.Pair> pairs = Pairing.greedy(gold, predicted, PlanScorer::fit);
    List<Miss> misses = new ArrayList<>();
    Accuracy status = Accuracy.ZERO;
    for (Pairing.Pair pair : pairs) {
      Gold.Plan expected = gold.get(pair.gold());
      Gold.Plan actual = predicted.get(pair.predicted());
      boolean right = expected.status().equals(actual.status());
      status = status.add(right);
      if (!right) {
        misses.add(
            Miss.wrong(Section.PLANS, "status", expected.describe(), actual.status().orElse("?")));
      }
    }
    misses.addAll(Pairing.unpaired(Section.PLANS, pairs, gold, predicted, Gold.Plan::describe));
    Optional<Score> items = Optional.empty();
    if (gold.stream().anyMatch(plan -> plan.items().isPresent())) {
      Score sum = Score.ZERO;
      for (Pairing.Pair pair : pairs) {
        Scored<Score> scored =
            PlanItemScorer.score(
                items(gold.get(pair.gold())), items(predicted.get(pair.predicted())));
        sum = sum.plus(scored.figures());
        misses.addAll(scored.misses());
      }
      for (int g : Pairing.unpairedGold(pairs, gold.size())) {
        sum = sum.plus(PlanItemScorer.score(items(gold.get(g)), List.of()).figures());
      }
      for (int p : Pairing.unpairedPredicted(pairs, predicted.size())) {
        sum = sum.plus(PlanItemScorer.score(List.of(), items(predicted.get(p))).figures());
      }
      items = Optional.of(sum);
    }
    return new Scored<>(
        new PlanFigures(new Score(pairs.size(), predicted.size(), gold.size()), status, items),
        misses);
  }

  private static List<Gold.PlanItem> items(Gold.Plan plan) {
    return plan.items().orElse(List.of());
  }

  private static int known(Optional<String> gold, Optional<String> predicted) {
    return gold.isPresent() && predicted.isPresent() ? 1 : 0;
  }

  /** How well a prediction fits a gold entry; empty: they cannot pair. */
  private static OptionalDouble fit(Gold.Plan expected, Gold.Plan actual) {
    Score parties = ActorSets.overlap(expected.parties(), actual.parties());
    if (!DatePrefixes.compatible(expected.from(), actual.from())
        || !DatePrefixes.compatible(expected.to(), actual.to())
        || !ActorSets.atLeastHalf(parties)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(
        known(expected.from(), actual.from()) + known(expected.to(), actual.to()) + parties.f1());
  }
}
