package org.attache.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Scores the joint events listed under paired plans: a predicted item pairs with a gold item of the
 * same kind whose planned period matches (an unknown end on either side does not prevent it) and
 * whose title shares a word with it (articles and prepositions aside), the larger share of words
 * first.
 */
final class PlanItemScorer {
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "of", "and", "in", "on", "at", "for", "with", "to", "by", "from", "s");

  private PlanItemScorer() {}

  static Scored<Score> score(List<Gold.PlanItem> gold, List<Gold.PlanItem> predicted) {
    return Scored.ofPairs(
        Section.PLANS,
        Pairing.greedy(gold, predicted, PlanItemScorer::fit),
        gold,
        predicted,
        item -> "item " + item.describe());
  }

  /** The words of a title that carry its content: folded, function words dropped. */
  static Set<String> words(String title) {
    Set<String> words = new LinkedHashSet<>(Names.fold(title));
    words.removeAll(FUNCTION_WORDS);
    return words;
  }

  /** The Dice coefficient of two sets of words. */
  private static double share(Set<String> a, Set<String> b) {
    return a.isEmpty() || b.isEmpty() ? 0 : Score.ofSets(a, b).f1();
  }

  /** How well a prediction fits a gold entry; empty: they cannot pair. */
  private static OptionalDouble fit(Gold.PlanItem expected, Gold.PlanItem actual) {
    if (!expected.kind().equals(actual.kind())
        || !DatePrefixes.compatible(expected.from(), actual.from())
        || !DatePrefixes.compatible(expected.to(), actual.to())) {
      return OptionalDouble.empty();
    }
    double share = share(words(expected.title()), words(actual.title()));
    return share > 0 ? OptionalDouble.of(share) : OptionalDouble.empty();
  }
}
