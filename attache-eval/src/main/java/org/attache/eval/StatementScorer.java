package org.attache.eval;

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
    return Scored.ofPairs(
        Section.STATEMENTS,
        Pairing.maximal(gold, predicted, StatementScorer::fit),
        gold,
        predicted,
        Gold.Statement::describe);
  }

  /** How well a prediction fits a gold entry; empty: they cannot pair. */
  private static OptionalDouble fit(Gold.Statement expected, Gold.Statement actual) {
    int rank = expected.stances().indexOf(actual.stances().get(0));
    return rank >= 0 && Names.matches(expected.speaker(), actual.speaker())
        ? OptionalDouble.of(-rank)
        : OptionalDouble.empty();
  }
}
