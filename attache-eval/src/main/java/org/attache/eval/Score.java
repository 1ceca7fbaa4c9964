package org.attache.eval;

import java.util.Set;

/**
 * Counts for precision, recall and F1: how many items were matched, predicted and in the gold.
 *
 * <p>With nothing predicted precision is 1; with nothing in the gold recall is 1; with neither F1
 * is 1 (nothing to find and nothing found). Otherwise F1 is {@code 2 matched / (predicted + gold)}.
 */
public record Score(int matched, int predicted, int gold) implements Measure {
  public static final Score ZERO = new Score(0, 0, 0);

  public Score {
    if (matched < 0 || matched > predicted || matched > gold) {
      throw new IllegalArgumentException(
          "invalid counts: matched " + matched + ", predicted " + predicted + ", gold " + gold);
    }
  }

  /** The counts of two sets: those of {@code predicted} in {@code gold} are matched. */
  public static <T> Score ofSets(Set<T> gold, Set<T> predicted) {
    int matched = (int) gold.stream().filter(predicted::contains).count();
    return new Score(matched, predicted.size(), gold.size());
  }

  public double precision() {
    return predicted == 0 ? 1.0 : (double) matched / predicted;
  }

  public double recall() {
    return gold == 0 ? 1.0 : (double) matched / gold;
  }

  public double f1() {
    return predicted + gold == 0 ? 1.0 : 2.0 * matched / (predicted + gold);
  }

  /** The sum of both counts, for micro-averaging. */
  public Score plus(Score other) {
    return new Score(matched + other.matched, predicted + other.predicted, gold + other.gold);
  }
}
