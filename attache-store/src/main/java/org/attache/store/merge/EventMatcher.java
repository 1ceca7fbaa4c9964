package org.attache.store.merge;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which stored event, if any, an incoming event is.
 *
 * <ul>
 *   <li>A meeting is a stored meeting when their participants agree (they share at least two
 *       participants, or the one participant either has; and the shared ones are at least half of
 *       both lists together, an F1 of 0.5) and their dates agree (two days at most {@value
 *       #WINDOW_DAYS} days apart, or one a prefix of the other). A meeting without a date is dated
 *       for this purpose by the publication of the document that reports it (the reporting window);
 *       one without either merges only with what its own document reported before.
 *   <li>An agreement is a stored agreement of the same instrument when at least half of the smaller
 *       party list is shared and the years of signing agree (or either is unknown).
 *   <li>Statements, plans, priorities and establishments merge only with what their own document
 *       reported before (a re-extraction), when their actors and key fields are the same.
 * </ul>
 *
 * Among several matches the one whose actors agree best wins, then one the same document reported,
 * then the oldest.
 */
public final class EventMatcher {
  /** The reporting window: how many days apart two reports of one meeting may date it. */
  public static final int WINDOW_DAYS = 3;

  private static final Map<String, List<String>> KEY_FIELDS =
      Map.of(
          "statement", List.of("stance"),
          "plan", List.of("title", "period.from"),
          "priorities", List.of("period"),
          "establishment", List.of());

  private EventMatcher() {}

  /** The stored event that {@code event} is, if any. */
  public static Optional<Long> match(Incoming event, List<Candidate> candidates) {
    Candidate best = null;
    double bestScore = -1;
    for (Candidate candidate : candidates) {
      double score = score(event, candidate);
      if (score < 0) {
        continue;
      }
      boolean better =
          best == null
              || score > bestScore
              || (score == bestScore && candidate.sameDocument() && !best.sameDocument())
              || (score == bestScore
                  && candidate.sameDocument() == best.sameDocument()
                  && candidate.id() < best.id());
      if (better) {
        best = candidate;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best).map(Candidate::id);
  }

  /** How well a candidate fits, from 0 to 2, or -1 when it is not the same event. */
  static double score(Incoming event, Candidate candidate) {
    return switch (event.type()) {
      case "meeting" -> meeting(event, candidate);
      case "agreement" -> agreement(event, candidate);
      default -> sameInDocument(event, candidate);
    };
  }

  private static double meeting(Incoming event, Candidate candidate) {
    Set<String> mine = linked(event.actors(), "participant");
    Set<String> theirs = linked(candidate.actors(), "participant");
    int shared = intersection(mine, theirs);
    int needed = Math.min(2, Math.min(mine.size(), theirs.size()));
    double f1 = f1(shared, mine.size(), theirs.size());
    if (shared == 0 || shared < needed || f1 < 0.5) {
      return -1;
    }
    Optional<String> date = event.field("date").or(event::published);
    Set<String> dates =
        candidate.field("date").isEmpty() ? candidate.published() : candidate.field("date");
    boolean datesAgree =
        date.isPresent()
            && dates.stream().anyMatch(d -> IsoDates.compatible(date.get(), d, WINDOW_DAYS));
    if (datesAgree) {
      return 1 + f1;
    }
    boolean undated = event.field("date").isEmpty() || candidate.field("date").isEmpty();
    return candidate.sameDocument() && undated ? f1 : -1;
  }

  private static double agreement(Incoming event, Candidate candidate) {
    Optional<String> instrument = event.field("instrument");
    if (instrument.isEmpty() || !candidate.field("instrument").contains(instrument.get())) {
      return -1;
    }
    Set<String> mine = linked(event.actors(), "party");
    Set<String> theirs = linked(candidate.actors(), "party");
    if (mine.isEmpty() || theirs.isEmpty()) {
      return candidate.sameDocument() && mine.equals(theirs) ? 1 : -1;
    }
    int shared = intersection(mine, theirs);
    int smaller = Math.min(mine.size(), theirs.size());
    if (shared == 0 || 2 * shared < smaller) {
      return -1;
    }
    Optional<String> year = event.field("date").map(d -> d.substring(0, 4));
    Set<String> years = new HashSet<>();
    candidate.field("date").forEach(d -> years.add(d.substring(0, 4)));
    if (year.isPresent() && !years.isEmpty() && !years.contains(year.get())) {
      return -1;
    }
    return 1 + f1(shared, mine.size(), theirs.size());
  }

  private static double sameInDocument(Incoming event, Candidate candidate) {
    if (!candidate.sameDocument() || !event.actors().equals(candidate.actors())) {
      return -1;
    }
    for (String field : KEY_FIELDS.getOrDefault(event.type(), List.of())) {
      Optional<String> value = event.field(field);
      Set<String> values = candidate.field(field);
      if (value.isPresent() ? !values.contains(value.get()) : !values.isEmpty()) {
        return -1;
      }
    }
    return 1;
  }

  private static Set<String> linked(Set<String> actors, String link) {
    String prefix = link + "|";
    Set<String> result = new HashSet<>();
    for (String actor : actors) {
      if (actor.startsWith(prefix)) {
        result.add(actor);
      }
    }
    return result;
  }

  private static int intersection(Set<String> a, Set<String> b) {
    int count = 0;
    for (String x : a) {
      if (b.contains(x)) {
        count++;
      }
    }
    return count;
  }

  private static double f1(int shared, int a, int b) {
    return a + b == 0 ? 0 : 2.0 * shared / (a + b);
  }
}
