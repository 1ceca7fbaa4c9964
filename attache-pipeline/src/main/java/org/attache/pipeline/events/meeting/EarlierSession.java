package org.attache.pipeline.events.meeting;

import java.util.Optional;
import java.util.Set;
import org.attache.model.ActorKind;
import org.attache.model.Place;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.time.TemporalMention;

/**
 * "The 20th session of the Council of X was held on 27 March in C. Representatives of A, B and D
 * took part in it": those who take part in "it" or "the session" take part in the session the
 * sentence before names, with the organisation whose body held it, on its date and in its place.
 */
final class EarlierSession {
  /** Nouns of a meeting that a body holds, followed by "of" and the body. */
  private static final Set<String> SESSION_NOUNS =
      Set.of("session", "meeting", "summit", "conference", "consultation", "round");

  /** Words before a noun that point back to a meeting named before. */
  private static final Set<String> POINTERS = Set.of("the", "this", "that");

  /**
   * The session named in the sentence before.
   *
   * @param organisation the organisation whose body held it, if the sentence names one
   * @param date when that sentence says it was held
   * @param place where that sentence says it was held
   */
  record Session(
      Optional<String> organisation, Optional<TemporalMention> date, Optional<Place> place) {}

  private final MeetingDates dates;
  private final MeetingPlaces places;

  EarlierSession(MeetingDates dates, MeetingPlaces places) {
    this.dates = dates;
    this.places = places;
  }

  /** The session that a word of taking part points back to, if it points back to one. */
  Optional<Session> of(MeetingSentence s, Triggers.Found trigger) {
    int next = trigger.lastToken() + 1;
    boolean pointsBack =
        s.word(next).equals("it")
            || (POINTERS.contains(s.word(next)) && SESSION_NOUNS.contains(s.lemma(next + 1)));
    if (trigger.trigger().pattern() != Trigger.Pattern.PARTICIPATE
        || !pointsBack
        || s.sentence().index() == 0) {
      return Optional.empty();
    }
    Sentence previous = s.analysis().annotatedText().sentences().get(s.sentence().index() - 1);
    MeetingSentence before = s.other(previous);
    for (int i = before.first(); i < before.last(); i++) {
      boolean noun = before.pos(i).startsWith("NN") && SESSION_NOUNS.contains(before.lemma(i));
      if (noun && before.word(i + 1).equals("of")) {
        return Optional.of(
            new Session(
                body(before, i + 1),
                dates.near(before, i, Optional.empty()),
                places.in(before, i)));
      }
    }
    return Optional.empty();
  }

  /** The first organisation named after the token: the one whose body held the session. */
  private static Optional<String> body(MeetingSentence s, int from) {
    for (Reference reference : s.references()) {
      if (s.actors().is(reference.actor(), ActorKind.ORGANISATION)
          && reference.firstToken() > from) {
        return Optional.of(reference.actor());
      }
    }
    return Optional.empty();
  }
}
