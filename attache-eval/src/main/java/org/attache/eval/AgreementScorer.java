package org.attache.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Scores agreements: a prediction pairs with a gold agreement of the same instrument and signing
 * year (an unknown year on either side does not prevent it) whose parties overlap at least half,
 * the largest overlap first and, between equal overlaps, the one whose areas agree most (so that
 * the pairing of several instruments of the same parties does not hang on their order). Areas are
 * scored as sets over the pairs.
 */
final class AgreementScorer {
  /** How much shared areas weigh beside the parties: enough to decide between equal overlaps. */
  private static final double AREA_PREFERENCE = 1e-3;

  private AgreementScorer() {}

  /** The Dice coefficient of the two agreements' areas; 1 when neither has any. */
  private static double areaShare(Gold.Agreement expected, Gold.Agreement actual) {
    return Score.ofSets(new LinkedHashSet<>(expected.areas()), new LinkedHashSet<>(actual.areas()))
        .f1();
  }

  static Scored<AgreementFigures> score(List<Gold.Agreement> gold, List<Gold.Agreement> predicted) {
    List<Pairing.Pair> pairs = Pairing.greedy(gold, predicted, AgreementScorer::fit);
    List<Miss> misses = new ArrayList<>();
    Score areas = Score.ZERO;
    for (Pairing.Pair pair : pairs) {
      Gold.Agreement expected = gold.get(pair.gold());
      Set<String> goldAreas = new LinkedHashSet<>(expected.areas());
      Set<String> predictedAreas = new LinkedHashSet<>(predicted.get(pair.predicted()).areas());
      areas = areas.plus(Score.ofSets(goldAreas, predictedAreas));
      List<String> missed = goldAreas.stream().filter(a -> !predictedAreas.contains(a)).toList();
      List<String> spurious = predictedAreas.stream().filter(a -> !goldAreas.contains(a)).toList();
      if (!missed.isEmpty() || !spurious.isEmpty()) {
        misses.add(Miss.wrong(Section.AGREEMENTS, "areas", expected.describe(), missed, spurious));
      }
    }
    misses.addAll(
        Pairing.unpaired(Section.AGREEMENTS, pairs, gold, predicted, Gold.Agreement::describe));
    return new Scored<>(
        new AgreementFigures(new Score(pairs.size(), predicted.size(), gold.size()), areas),
        misses);
  }

  /** How well a prediction fits a gold entry; empty: they cannot pair. */
  private static OptionalDouble fit(Gold.Agreement expected, Gold.Agreement actual) {
    Score parties = ActorSets.overlap(expected.parties(), actual.parties());
    boolean year =
        DatePrefixes.year(expected.signed()).isEmpty()
            || DatePrefixes.year(actual.signed()).isEmpty()
            || DatePrefixes.year(expected.signed()).equals(DatePrefixes.year(actual.signed()));
    return expected.instrument().equals(actual.instrument())
            && year
            && ActorSets.atLeastHalf(parties)
        ? OptionalDouble.of(parties.f1() + AREA_PREFERENCE * areaShare(expected, actual))
        : OptionalDouble.empty();
  }
}
