package org.attache.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;

/** Comparison of lists of actor labels (participants, parties, founders) as sets. */
final class ActorSets {
  private ActorSets() {}

  /** Pairs the actors of two lists one to one, exact matches before subset matches. */
  static List<Pairing.Pair> pair(List<String> gold, List<String> predicted) {
    return Pairing.greedy(
        gold.size(),
        predicted.size(),
        (g, p) -> {
          int strength = Names.strength(gold.get(g), predicted.get(p));
          return strength == 0 ? OptionalDouble.empty() : OptionalDouble.of(strength);
        });
  }

  /** The overlap of two actor sets (duplicates dropped) as counts. */
  static Score overlap(List<String> gold, List<String> predicted) {
    List<String> goldSet = List.copyOf(new LinkedHashSet<>(gold));
    List<String> predictedSet = List.copyOf(new LinkedHashSet<>(predicted));
    return new Score(pair(goldSet, predictedSet).size(), predictedSet.size(), goldSet.size());
  }

  /**
   * Whether the overlap covers at least half of each set: {@code 2 |shared| >= max(|gold|,
   * |predicted|)}. Two empty sets overlap fully.
   */
  static boolean atLeastHalf(Score overlap) {
    return 2 * overlap.matched() >= Math.max(overlap.gold(), overlap.predicted());
  }
}
