package org.attache.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Scores meetings: predicted and gold meetings pair greedily by participant-set F1 (at least 0.5),
 * the best fit first, when their dates match. A date unknown on either side does not prevent
 * pairing; the date accuracy then counts it as right only when both are unknown. Place accuracy
 * compares what the gold gives (city, country or both) and skips pairs whose gold gives neither.
 */
final class MeetingScorer {
  private static final double MIN_PARTICIPANT_F1 = 0.5;

  private MeetingScorer() {}

  static Scored<MeetingFigures> score(List<Gold.Meeting> gold, List<Gold.Meeting> predicted) {
    Score[][] overlaps = new Score[gold.size()][predicted.size()];
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        List<String> expected = gold.get(g).participants();
        List<String> actual = predicted.get(p).participants();
        overlaps[g][p] =
            new Score(ActorSets.pair(expected, actual).size(), actual.size(), expected.size());
      }
    }
    List<Pairing.Pair> pairs =
        Pairing.greedy(
            gold.size(),
            predicted.size(),
            (g, p) -> {
              double f1 = overlaps[g][p].f1();
              boolean dates = DatePrefixes.compatible(gold.get(g).date(), predicted.get(p).date());
              return dates && f1 >= MIN_PARTICIPANT_F1
                  ? OptionalDouble.of(f1)
                  : OptionalDouble.empty();
            });
    List<Miss> misses = new ArrayList<>();
    int matchedParticipants = 0;
    Accuracy date = Accuracy.ZERO;
    Accuracy place = Accuracy.ZERO;
    for (Pairing.Pair pair : pairs) {
      Gold.Meeting expected = gold.get(pair.gold());
      Gold.Meeting actual = predicted.get(pair.predicted());
      matchedParticipants += overlaps[pair.gold()][pair.predicted()].matched();
      participantMisses(expected, actual).ifPresent(misses::add);
      boolean dateRight = DatePrefixes.correct(expected.date(), actual.date());
      date = date.add(dateRight);
      if (!dateRight) {
        misses.add(
            Miss.wrong(Section.MEETINGS, "date", expected.describe(), actual.date().orElse("?")));
      }
      if (expected.city().isPresent() || expected.country().isPresent()) {
        boolean placeRight = placeRight(expected, actual);
        place = place.add(placeRight);
        if (!placeRight) {
          misses.add(
              Miss.wrong(
                  Section.MEETINGS,
                  "place",
                  expected.describe(),
                  actual.city().orElse("?") + ", " + actual.country().orElse("?")));
        }
      }
    }
    misses.addAll(
        Pairing.unpaired(Section.MEETINGS, pairs, gold, predicted, Gold.Meeting::describe));
    Score participants =
        new Score(
            matchedParticipants,
            predicted.stream().mapToInt(m -> m.participants().size()).sum(),
            gold.stream().mapToInt(m -> m.participants().size()).sum());
    return new Scored<>(
        new MeetingFigures(
            new Score(pairs.size(), predicted.size(), gold.size()), participants, date, place),
        misses);
  }

  private static boolean placeRight(Gold.Meeting gold, Gold.Meeting predicted) {
    boolean city =
        gold.city().isEmpty()
            || predicted.city().isPresent()
                && Names.samePlace(gold.city().get(), predicted.city().get());
    boolean country = gold.country().isEmpty() || gold.country().equals(predicted.country());
    return city && country;
  }

  private static Optional<Miss> participantMisses(Gold.Meeting gold, Gold.Meeting predicted) {
    List<Pairing.Pair> pairs = ActorSets.pair(gold.participants(), predicted.participants());
    List<String> missed = new ArrayList<>();
    for (int g : Pairing.unpairedGold(pairs, gold.participants().size())) {
      missed.add(gold.participants().get(g));
    }
    List<String> spurious = new ArrayList<>();
    for (int p : Pairing.unpairedPredicted(pairs, predicted.participants().size())) {
      spurious.add(predicted.participants().get(p));
    }
    if (missed.isEmpty() && spurious.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Miss.wrong(Section.MEETINGS, "participants", gold.describe(), missed, spurious));
  }
}
