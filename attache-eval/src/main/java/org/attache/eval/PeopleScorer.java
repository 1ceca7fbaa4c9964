package org.attache.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Scores people: a predicted person pairs with a gold person by name; the pair is correct when a
 * post of the prediction serves the same {@code of} as one of the gold person's posts ({@code post}
 * and {@code other_posts}), and is accredited to its {@code to} where the gold gives one. A gold
 * {@code of} of null wants a null {@code of} (a past post, or an office of no state or
 * organisation); a predicted person without posts has a null {@code of}.
 */
final class PeopleScorer {
  private PeopleScorer() {}

  static Scored<PeopleFigures> score(List<Gold.Person> gold, List<Gold.Person> predicted) {
    List<Pairing.Pair> pairs = Pairing.greedy(gold, predicted, PeopleScorer::fit);
    List<Miss> misses = new ArrayList<>();
    int correct = 0;
    for (Pairing.Pair pair : pairs) {
      Gold.Person expected = gold.get(pair.gold());
      Gold.Person actual = predicted.get(pair.predicted());
      if (postRight(expected, actual)) {
        correct++;
      } else {
        misses.add(Miss.wrong(Section.PEOPLE, "post", expected.describe(), actual.describe()));
      }
    }
    misses.addAll(Pairing.unpaired(Section.PEOPLE, pairs, gold, predicted, Gold.Person::describe));
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
    List<Gold.Post> actual =
        predicted.posts().isEmpty() ? List.of(Gold.Post.of(null, null, null)) : predicted.posts();
    for (Gold.Post expected : gold.posts()) {
      for (Gold.Post post : actual) {
        if (same(expected.of(), post.of()) && agrees(expected.to(), post.to())) {
          return true;
        }
      }
    }
    return false;
  }

  /** A gold {@code of} of null wants a null {@code of}. */
  private static boolean same(Optional<String> gold, Optional<String> predicted) {
    return gold.isEmpty()
        ? predicted.isEmpty()
        : predicted.isPresent() && Names.matches(gold.get(), predicted.get());
  }

  /** A gold {@code to} of null is not checked. */
  private static boolean agrees(Optional<String> gold, Optional<String> predicted) {
    return gold.isEmpty() || predicted.isPresent() && Names.matches(gold.get(), predicted.get());
  }

  /** How well a prediction fits a gold entry; empty: they cannot pair. */
  private static OptionalDouble fit(Gold.Person expected, Gold.Person actual) {
    int strength = Names.strength(expected.name(), actual.name());
    if (strength == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(strength + (postRight(expected, actual) ? 4 : 0));
  }
}
