package org.attache.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Scores statements as multisets of (speaker, stance): a prediction pairs with an unused gold
 * statement of the same speaker whose accepted readings include the predicted stance. Pairs are
 * taken likeliest reading first, then completed by augmenting paths so the number of pairs is the
 * largest possible. A prediction's stance is its first (in a record, only) reading.
 */
final class StatementScorer {
  private StatementScorer() {}

  static Scored<Score> score(List<Gold.Statement> gold, List<Gold.Statement> predicted) {
    List<Pairing.Pair> pairs =
        Pairing.maximal(
            gold.size(),
            predicted.size(),
            (g, p) -> {
              Gold.Statement expected = gold.get(g);
              Gold.Statement actual = predicted.get(p);
              int rank = expected.stances().indexOf(actual.stances().get(0));
              return rank >= 0 && Names.matches(expected.speaker(), actual.speaker())
                  ? OptionalDouble.of(-rank)
                  : OptionalDouble.empty();
            });
    List<Miss> misses = new ArrayList<>();
    for (int g : Pairing.unpairedGold(pairs, gold.size())) {
      misses.add(new Miss(Section.STATEMENTS, Miss.Kind.MISSED, gold.get(g).describe()));
    }
    for (int p : Pairing.unpairedPredicted(pairs, predicted.size())) {
      misses.add(new Miss(Section.STATEMENTS, Miss.Kind.SPURIOUS, predicted.get(p).describe()));
    }
    return new Scored<>(new Score(pairs.size(), predicted.size(), gold.size()), misses);
  }
}
