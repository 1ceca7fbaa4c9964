package org.attache.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Scores priorities: a prediction pairs with a gold entry of the same actor whose period matches
 * (an unknown period on either side does not prevent it), known periods first.
 */
final class PrioritiesScorer {
  private PrioritiesScorer() {}

  static Scored<Score> score(List<Gold.Priorities> gold, List<Gold.Priorities> predicted) {
    List<Pairing.Pair> pairs =
        Pairing.greedy(
            gold.size(),
            predicted.size(),
            (g, p) -> {
              Gold.Priorities expected = gold.get(g);
              Gold.Priorities actual = predicted.get(p);
              int strength = Names.strength(expected.actor(), actual.actor());
              if (strength == 0 || !DatePrefixes.compatible(expected.period(), actual.period())) {
                return OptionalDouble.empty();
              }
              boolean known = expected.period().isPresent() && actual.period().isPresent();
              return OptionalDouble.of(strength + (known ? 2 : 0));
            });
    List<Miss> misses = new ArrayList<>();
    for (int g : Pairing.unpairedGold(pairs, gold.size())) {
      misses.add(new Miss(Section.PRIORITIES, Miss.Kind.MISSED, gold.get(g).describe()));
    }
    for (int p : Pairing.unpairedPredicted(pairs, predicted.size())) {
      misses.add(new Miss(Section.PRIORITIES, Miss.Kind.SPURIOUS, predicted.get(p).describe()));
    }
    return new Scored<>(new Score(pairs.size(), predicted.size(), gold.size()), misses);
  }
}
