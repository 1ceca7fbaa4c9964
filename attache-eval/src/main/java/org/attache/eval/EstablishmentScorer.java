package org.attache.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Scores establishments: a prediction pairs with a gold entry of the same actor whose date matches
 * (an unknown date on either side does not prevent it), known dates first.
 */
final class EstablishmentScorer {
  private EstablishmentScorer() {}

  static Scored<Score> score(List<Gold.Establishment> gold, List<Gold.Establishment> predicted) {
    List<Pairing.Pair> pairs =
        Pairing.greedy(
            gold.size(),
            predicted.size(),
            (g, p) -> {
              Gold.Establishment expected = gold.get(g);
              Gold.Establishment actual = predicted.get(p);
              int strength = Names.strength(expected.actor(), actual.actor());
              if (strength == 0 || !DatePrefixes.compatible(expected.date(), actual.date())) {
                return OptionalDouble.empty();
              }
              boolean known = expected.date().isPresent() && actual.date().isPresent();
              return OptionalDouble.of(strength + (known ? 2 : 0));
            });
    List<Miss> misses = new ArrayList<>();
    for (int g : Pairing.unpairedGold(pairs, gold.size())) {
      misses.add(new Miss(Section.ESTABLISHMENTS, Miss.Kind.MISSED, gold.get(g).describe()));
    }
    for (int p : Pairing.unpairedPredicted(pairs, predicted.size())) {
      misses.add(new Miss(Section.ESTABLISHMENTS, Miss.Kind.SPURIOUS, predicted.get(p).describe()));
    }
    return new Scored<>(new Score(pairs.size(), predicted.size(), gold.size()), misses);
  }
}
