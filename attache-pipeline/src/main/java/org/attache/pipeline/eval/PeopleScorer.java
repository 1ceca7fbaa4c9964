package org.attache.pipeline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Scores people: a predicted person pairs with a gold person by name; the pair is correct when a
 * post of the prediction serves the gold's {@code of} (and is accredited to its {@code to}, where
 * the gold gives one). A gold post that leaves {@code of} or {@code to} unknown does not check it;
 * a person the gold lists with several posts is correct when any of them is matched.
 */
final class PeopleScorer {
  private PeopleScorer() {}

  static Scored<PeopleFigures> score(List<Gold.Person> gold, List<Gold.Person> predicted) {
    List<Pairing.Pair> pairs =
        Pairing.greedy(
            gold.size(),
            predicted.size(),
            (g, p) -> {
              int strength = Names.strength(gold.get(g).name(), predicted.get(p).name());
              if (strength == 0) {
                return OptionalDouble.empty();
              }
              return OptionalDouble.of(
                  strength + (postRight(gold.get(g), predicted.get(p)) ? 4 : 0));
            });
    List<Miss> misses = new ArrayList<>();
    int correct = 0;
    for (Pairing.Pair pair : pairs) {
      Gold.Person expected = gold.get(pair.gold());
      Gold.Person actual = predicted.get(pair.predicted());
      if (postRight(expected, actual)) {
        correct++;
      } else {
        misses.add(
            new Miss(
                Section.PEOPLE,
                Miss.Kind.WRONG,
                "post of " + expected.describe() + ", predicted " + actual.describe()));
      }
    }
    for (int g : Pairing.unpairedGold(pairs, gold.size())) {
      misses.add(new Miss(Section.PEOPLE, Miss.Kind.MISSED, gold.get(g).describe()));
    }
    for (int p : Pairing.unpairedPredicted(pairs, predicted.size())) {
      misses.add(new Miss(Section.PEOPLE, Miss.Kind.SPURIOUS, predicted.get(p).describe()));
    }
    return new Scored<>(
        new PeopleFigures(
            new Score(correct, predicted.size(), gold.size()),
            new Score(pairs.size(), predicted.size(), gold.size())),
        misses);
  }

  private static boolean postRight(Gold.Person gold, Gold.Person predicted) {
    if (gold.posts().isEmpty()) {
      return true;
    }
    for (Gold.Post expected : gold.posts()) {
      if (expected.of().isEmpty() && expected.to().isEmpty()) {
        return true;
      }
      for (Gold.Post actual : predicted.posts()) {
        if (agrees(expected.of(), actual.of()) && agrees(expected.to(), actual.to())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean agrees(Optional<String> gold, Optional<String> predicted) {
    return gold.isEmpty() || predicted.isPresent() && Names.matches(gold.get(), predicted.get());
  }
}
