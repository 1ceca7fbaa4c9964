package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PairingTest {
  // Gold 0 fits predictions 0 and 1 equally well, gold 1 fits only prediction 0.
  private static final Pairing.Affinity CROSSED =
      (g, p) -> g == 0 || p == 0 ? OptionalDouble.of(1) : OptionalDouble.empty();

  @Test
  void greedyTakesTheBestFitFirstThenTheEarliest() {
    assertThat(Pairing.greedy(2, 2, CROSSED)).containsExactly(new Pairing.Pair(0, 0));
  }

  @Test
  void maximalAddsThePairsGreedinessMissed() {
    assertThat(Pairing.maximal(2, 2, CROSSED))
        .containsExactly(new Pairing.Pair(0, 1), new Pairing.Pair(1, 0));
  }

  @Test
  void greedyPrefersTheHigherAffinity() {
    Pairing.Affinity affinity = (g, p) -> OptionalDouble.of(g == p ? 0.5 : 0.9);

    assertThat(Pairing.greedy(2, 2, affinity))
        .containsExactly(new Pairing.Pair(0, 1), new Pairing.Pair(1, 0));
  }

  @Test
  void listsWhatIsLeftUnpaired() {
    List<Pairing.Pair> pairs =
        Pairing.greedy(
            3, 2, (g, p) -> g == 1 && p == 0 ? OptionalDouble.of(1) : OptionalDouble.empty());

    assertThat(Pairing.unpairedGold(pairs, 3)).containsExactly(0, 2);
    assertThat(Pairing.unpairedPredicted(pairs, 2)).containsExactly(1);
  }
}
