package org.attache.store.merge;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which stored event, if any, an incoming event is. One meeting, statement or agreement
 * told by several documents is one event with several sources; two events that are not one stay
 * two, however alike their reports.
 *
 * <p>Two reports are of <em>one story</em> when they come from the same document (a re-extraction)
 * or from near-copies of one text ({@link TextSketch}: a story syndicated by several sites, a
 * release posted twice, a copy with a line added or cut). What one story tells twice is told once:
 * the copies of a report never add meetings, statements or agreements, dated or not.
 *
 * <p><b>Meetings.</b> A meeting is a stored meeting when
 *
 * <ul>
 *   <li>their participants agree: they share at least two participants, or the one participant
 *       either has, and the shared ones are at least half of both lists together (an F1 of 0.5); or
 *       neither names a participant the store keeps and they are of one story;
 *   <li>their places do not disagree: where both give a city, it is the same city; where they give
 *       no city but both give a country, it is the same country;
 *   <li>and they are of one time. Their dates agree when they are at most {@value #WINDOW_DAYS}
 *       days apart (the reporting window: reports date one meeting a day or two apart, by time zone
 *       or by the day of writing), or one is a prefix of the other ({@code 2021-02} and {@code
 *       2021-02-08}). A meeting without a date is dated for this purpose by the publication of the
 *       document that reports it: a report published within the window of a meeting's date, or of
 *       the publication of another undated report, tells of that meeting. Failing that, a meeting
 *       without a date is the meeting of the same participants in the same story, and nothing else:
 *       an undated meeting of a report published months later may be another meeting of the same
 *       people. Two dated meetings whose dates disagree are two meetings even in one story: the
 *       same people met twice.
 * </ul>
 *
 * <p><b>Statements.</b> A statement is a stored statement when the speaker and the stance are the
 * same, the clause said is the same or nearly so (its words, folded as {@link Keys#label} folds
 * them, are the same, or the sets of its words have a Jaccard similarity of at least {@value
 * #NEAR_TEXT_PERCENT}%), and they are of one time by the rule of meetings: dates that agree, the
 * publications of undated reports within the window, or one story where either is undated. A
 * speaker who says the same words on another occasion makes another statement. A statement that its
 * own document reported before with the same actors and stance is that one.
 *
 * <p><b>Agreements.</b> An agreement is a stored agreement when it is the same instrument: the
 * instrument is the same, the parties are the same set (a party on one side only makes another
 * instrument: a memorandum of a state with the SCO is not the SCO's memorandum with ASEAN), and the
 * dates agree. Where both give a date, they are of the same year and agree as meetings' dates do;
 * where one side gives none, the other's stands. Where neither gives a date, the two are one only
 * when they are of one story or their reports were published within the window of one another: an
 * undated "agreement" of two states reported years apart is not known to be one. Agreements without
 * parties merge only within their story.
 *
 * <p><b>Plans, priorities and establishments</b> merge only within their story, when their actors
 * and key fields are the same.
 *
 * <p>Among several matches the one that fits best wins (participants that agree best, the same date
 * rather than a near one, the same clause rather than a near one), then one the same document
 * reported, then one a near-copy reported, then the oldest. The caller offers each stored event to
 * at most one incoming event of a document, so that the copy of a report that tells of two meetings
 * of the same people gives each of them one more source.
 */
public final class EventMatcher {
  /** The reporting window: how many days apart two reports of one meeting may date it. */
  public static final int WINDOW_DAYS = 3;

  /** The least similarity, in percent, of the words of two clauses of one statement. */
  public static final int NEAR_TEXT_PERCENT = 80;

  /** What the same date adds to a fit: less than any two fits of other fields differ by. */
  private static final double SAME_DATE = 1e-6;

  private static final Map<String, List<String>> KEY_FIELDS =
      Map.of(
          "statement", List.of("stance"),
          "plan", List.of("period.from"),
          "priorities", List.of("period"),
          "establishment", List.of());

  private EventMatcher() {}

  /** The stored event that {@code event} is, if any. */
  public static Optional<Long> match(Incoming event, List<Candidate> candidates) {
    Candidate best = null;
    double bestScore = -1;
    for (Candidate candidate : candidates) {
      double score = score(event, candidate);
      if (score >= 0 && (best == null || better(score, candidate, bestScore, best))) {
        best = candidate;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best).map(Candidate::id);
  }

  private static boolean better(
      double score, Candidate candidate, double bestScore, Candidate best) {
    if (score != bestScore) {
      return score > bestScore;
    }
    if (candidate.sameDocument() != best.sameDocument()) {
      return candidate.sameDocument();
    }
    if (candidate.copy() != best.copy()) {
      return candidate.copy();
    }
    return candidate.id() < best.id();
  }

  /** How well a candidate fits, 0 or more, or -1 when it is not the same event. */
  static double score(Incoming event, Candidate candidate) {
    return switch (event.type()) {
      case "meeting" -> meeting(event, candidate);
      case "agreement" -> agreement(event, candidate);
      case "statement" -> statement(event, candidate);
      case "plan" -> plan(event, candidate);
      default -> sameInStory(event, candidate);
    };
  }

  private static double meeting(Incoming event, Candidate candidate) {
    Set<String> mine = linked(event.actors(), "participant");
    Set<String> theirs = linked(candidate.actors(), "participant");
    int shared = intersection(mine, theirs);
    int needed = Math.min(2, Math.min(mine.size(), theirs.size()));
    double f1 = f1(shared, mine.size(), theirs.size());
    if (mine.isEmpty() && theirs.isEmpty()) {
      return candidate.sameStory() ? sameTime(event, candidate, 0) : -1;
    }
    if (shared == 0 || shared < needed || f1 < 0.5 || !placesAgree(event, candidate)) {
      return -1;
    }
    return sameTime(event, candidate, f1);
  }

  private static double statement(Incoming event, Candidate candidate) {
    if (candidate.sameDocument() && sameInStory(event, candidate) >= 0) {
      return 3;
    }
    Set<String> mine = linked(event.actors(), "speaker");
    if (mine.isEmpty() || !mine.equals(linked(candidate.actors(), "speaker"))) {
      return -1;
    }
    Optional<String> stance = event.field("stance");
    if (stance.isEmpty() || !candidate.field("stance").contains(stance.get())) {
      return -1;
    }
    Optional<String> text = event.field("text");
    double similarity = 0;
    for (String other : candidate.field("text")) {
      similarity = Math.max(similarity, text.map(t -> textSimilarity(t, other)).orElse(0.0));
    }
    if (100 * similarity < NEAR_TEXT_PERCENT) {
      return -1;
    }
    return sameTime(event, candidate, similarity);
  }

  /**
   * The score of an event whose other fields fit by {@code fit} (0 to 1), by the rule of time that
   * meetings and statements share; -1 when the two are not of one time.
   */
  private static double sameTime(Incoming event, Candidate candidate, double fit) {
    Optional<String> date = event.field("date").or(event::published);
    Set<String> dates =
        candidate.field("date").isEmpty() ? candidate.published() : candidate.field("date");
    boolean agree =
        date.isPresent()
            && dates.stream().anyMatch(d -> IsoDates.compatible(date.get(), d, WINDOW_DAYS));
    if (agree) {
      // The same date rather than a near one only where the rest fits as well.
      boolean sameDate =
          event.field("date").isPresent()
              && candidate.field("date").contains(event.field("date").get());
      return 1 + fit + (sameDate ? SAME_DATE : 0);
    }
    boolean undated = event.field("date").isEmpty() || candidate.field("date").isEmpty();
    return undated && candidate.sameStory() ? fit : -1;
  }

  private static boolean placesAgree(Incoming event, Candidate candidate) {
    for (String field : List.of("place.city", "place.country")) {
      Optional<String> mine = event.field(field).map(Keys::label);
      Set<String> theirs = candidate.field(field);
      if (mine.isPresent() && !theirs.isEmpty()) {
        return theirs.stream().map(Keys::label).anyMatch(mine.get()::equals);
      }
    }
    return true;
  }

  private static double agreement(Incoming event, Candidate candidate) {
    Optional<String> instrument = event.field("instrument");
    if (instrument.isEmpty() || !candidate.field("instrument").contains(instrument.get())) {
      return -1;
    }
    Set<String> mine = linked(event.actors(), "party");
    Set<String> theirs = linked(candidate.actors(), "party");
    if (mine.isEmpty() || theirs.isEmpty()) {
      return candidate.sameStory() && mine.equals(theirs) ? 1 : -1;
    }
    if (!mine.equals(theirs)) {
      return -1;
    }
    Optional<String> date = event.field("date");
    Set<String> dates = candidate.field("date");
    if (date.isPresent() && !dates.isEmpty()) {
      String signed = date.get();
      boolean agree =
          dates.stream()
              .anyMatch(
                  d ->
                      d.substring(0, 4).equals(signed.substring(0, 4))
                          && IsoDates.compatible(signed, d, WINDOW_DAYS));
      return agree ? 3 : -1;
    }
    if (date.isPresent() || !dates.isEmpty()) {
      return 2;
    }
    return sameTime(event, candidate, 0) >= 0 ? 1 : -1;
  }

  /**
   * A plan of the same parties starting the same year is the same plan, told by one document or
   * several, when its titles agree: one says no more than the other, years aside ("plan of joint
   * events" and "plan of joint events for 2023-2024"); a work plan and a programme of one period
   * stay two. The same story's plan fits best.
   */
  private static double plan(Incoming event, Candidate candidate) {
    if (!sameActorsAndKeys(event, candidate)) {
      return -1;
    }
    double same = candidate.sameStory() ? 2 : 1;
    Optional<String> title = event.field("title");
    Set<String> titles = candidate.field("title");
    if (title.isEmpty() || titles.isEmpty()) {
      return title.isEmpty() && titles.isEmpty() ? same : same / 2;
    }
    for (String stored : titles) {
      if (titlesAgree(title.get(), stored)) {
        return same;
      }
    }
    return -1;
  }

  /** Whether the words of one title, numbers aside, are all words of the other. */
  static boolean titlesAgree(String a, String b) {
    Set<String> wordsA = titleWords(a);
    Set<String> wordsB = titleWords(b);
    return wordsA.containsAll(wordsB) || wordsB.containsAll(wordsA);
  }

  private static Set<String> titleWords(String title) {
    Set<String> words = new HashSet<>();
    for (String word : Keys.label(title).split(" ")) {
      if (!word.isEmpty() && !word.chars().anyMatch(Character::isDigit)) {
        words.add(word);
      }
    }
    return words;
  }

  private static double sameInStory(Incoming event, Candidate candidate) {
    return candidate.sameStory() && sameActorsAndKeys(event, candidate) ? 1 : -1;
  }

  /** The same actors in the same links, and the same values of the type's key fields. */
  private static boolean sameActorsAndKeys(Incoming event, Candidate candidate) {
    if (!event.actors().equals(candidate.actors())) {
      return false;
    }
    for (String field : KEY_FIELDS.getOrDefault(event.type(), List.of())) {
      Optional<String> value = event.field(field);
      Set<String> values = candidate.field(field);
      if (value.isPresent() ? !values.contains(value.get()) : !values.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * How alike two clauses are, 0 to 1: 1 when their folded words are the same, else the Jaccard
   * similarity of their sets of folded words.
   */
  static double textSimilarity(String a, String b) {
    String foldedA = Keys.label(a);
    String foldedB = Keys.label(b);
    if (foldedA.equals(foldedB)) {
      return 1;
    }
    if (foldedA.isEmpty() || foldedB.isEmpty()) {
      return 0;
    }
    Set<String> wordsA = new HashSet<>(List.of(foldedA.split(" ")));
    Set<String> wordsB = new HashSet<>(List.of(foldedB.split(" ")));
    int shared = intersection(wordsA, wordsB);
    return (double) shared / (wordsA.size() + wordsB.size() - shared);
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
