package org.attache.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;

/** The figures of one section of one document, with the errors behind them. */
record Scored<F>(F figures, List<Miss> misses) {
  Scored {
    requireNonNull(figures, "figures is null");
    misses = List.copyOf(misses);
  }

  /**
   * The figures of a section that counts its pairs alone, with a miss for each item that no pair
   * uses (see {@link Pairing#unpaired}).
   */
  static <T> Scored<Score> ofPairs(
      Section section,
      List<Pairing.Pair> pairs,
      List<T> gold,
      List<T> predicted,
      Function<T, String> describe) {
    return new Scored<>(
        new Score(pairs.size(), predicted.size(), gold.size()),
        Pairing.unpaired(section, pairs, gold, predicted, describe));
  }
}
