package org.attache.eval;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Scores establishments and priorities: a prediction pairs with a gold entry of the same actor
 * whose date (for priorities, the period) matches (an unknown date on either side does not prevent
 * it), known dates first.
 */
final class ActorDateScorer<T> {
  static final ActorDateScorer<Gold.Establishment> ESTABLISHMENTS =
      new ActorDateScorer<>(
          Section.ESTABLISHMENTS,
          Gold.Establishment::actor,
          Gold.Establishment::date,
          Gold.Establishment::describe);

  static final ActorDateScorer<Gold.Priorities> PRIORITIES =
      new ActorDateScorer<>(
          Section.PRIORITIES,
          Gold.Priorities::actor,
          Gold.Priorities::period,
          Gold.Priorities::describe);

  private final Section section;
  private final Function<T, String> actor;
  private final Function<T, Optional<String>> date;
  private final Function<T, String> describe;

  private ActorDateScorer(
      Section section,
      Function<T, String> actor,
      Function<T, Optional<String>> date,
      Function<T, String> describe) {
    this.section = section;
    this.actor = actor;
    this.date = date;
    this.describe = describe;
  }

  Scored<Score> score(List<T> gold, List<T> predicted) {
    return Scored.ofPairs(
        section, Pairing.greedy(gold, predicted, this::fit), gold, predicted, describe);
  }

  /** How well a prediction fits a gold entry; empty: they cannot pair. */
  private OptionalDouble fit(T expected, T actual) {
    int strength = Names.strength(actor.apply(expected), actor.apply(actual));
    Optional<String> expectedDate = date.apply(expected);
    Optional<String> actualDate = date.apply(actual);
    if (strength == 0 || !DatePrefixes.compatible(expectedDate, actualDate)) {
      return OptionalDouble.empty();
    }
    boolean known = expectedDate.isPresent() && actualDate.isPresent();
    return OptionalDouble.of(strength + (known ? 2 : 0));
  }
}
