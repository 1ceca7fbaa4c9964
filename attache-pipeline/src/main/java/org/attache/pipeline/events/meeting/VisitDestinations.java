package org.attache.pipeline.events.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Place;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Sorted;
import org.attache.pipeline.mentions.CityNames;

/**
 * Where the journeys a document tells of went, and who made them: "A arrived in C", "A, who is on a
 * visit to C", "A's visit to C", "during his trip to C, A ...", "A visited C", "A came to C". The
 * meetings of a visit take its destination where their own sentences say nowhere.
 */
final class VisitDestinations {
  /** Nouns of a journey, followed by "to" and where it went. */
  private static final Set<String> JOURNEY_NOUNS = Set.of("visit", "trip", "tour", "journey");

  /** Verbs of a journey, followed by "to" and where it went. */
  private static final Set<String> JOURNEY_VERBS =
      Set.of("come", "travel", "fly", "go", "head", "arrive");

  /** Words that may stand between "in" or "to" and the place: "in the Mongolian capital, ...". */
  private static final Set<String> FILLERS =
      Set.of("the", "capital", "city", "of", ",", "'s", "’s", "port", "town", "resort");

  /** How far after its word a destination may be named. */
  private static final int REACH = 8;

  /**
   * A journey.
   *
   * @param traveller who made it, if the sentence tells
   * @param place where it went
   * @param offset where the sentence tells of it
   */
  record Destination(Optional<String> traveller, Place place, int offset) {}

  Journeys find(Analysis analysis) {
    List<Destination> found = new ArrayList<>();
    for (Sentence sentence : analysis.annotatedText().sentences()) {
      MeetingSentence s = MeetingSentence.of(analysis, sentence);
      for (int i = s.first(); i <= s.last(); i++) {
        int from = destinationStart(s, i);
        if (from < 0) {
          continue;
        }
        Optional<Place> place = placeFrom(s, from);
        if (place.isPresent()) {
          found.add(new Destination(traveller(s, i), place.get(), s.token(i).start()));
        }
      }
    }
    return new Journeys(found);
  }

  /**
   * The journeys of a document by traveller, each traveller's in the order told, so that the
   * destination of a meeting is found by looking up the people taking part, not by going through
   * every journey.
   */
  static final class Journeys {
    private final Map<String, List<Destination>> byTraveller = new HashMap<>();

    Journeys(List<Destination> destinations) {
      for (Destination destination : destinations) {
        destination
            .traveller()
            .ifPresent(
                t -> byTraveller.computeIfAbsent(t, k -> new ArrayList<>()).add(destination));
      }
    }

    /**
     * The destination of the meetings of a traveller: of the journeys made by someone taking part,
     * the last told before the offset (or at it), else the first told after it.
     */
    Optional<Place> of(List<String> participants, int at) {
      Destination before = null;
      Destination after = null;
      for (String participant : participants) {
        List<Destination> theirs = byTraveller.getOrDefault(participant, List.of());
        int later = firstAfter(theirs, at);
        if (later > 0) {
          Destination last = theirs.get(later - 1);
          before = before == null || last.offset() > before.offset() ? last : before;
        }
        if (later < theirs.size()) {
          Destination next = theirs.get(later);
          after = after == null || next.offset() < after.offset() ? next : after;
        }
      }
      Destination chosen = before != null ? before : after;
      return Optional.ofNullable(chosen).map(Destination::place);
    }

    /** The index of the first journey told after the offset, by binary search. */
    private static int firstAfter(List<Destination> journeys, int at) {
      return Sorted.partitionPoint(journeys.size(), i -> journeys.get(i).offset() <= at);
    }
  }

  /**
   * Where the place of a journey word at {@code i} may start: after "visit to", "arrived in", "came
   * to", "visited", "is in"; -1 if the token is no journey word.
   */
  private static int destinationStart(MeetingSentence s, int i) {
    String lemma = s.lemma(i);
    String next = s.word(i + 1);
    boolean noun = s.pos(i).startsWith("NN");
    if (noun && JOURNEY_NOUNS.contains(lemma) && next.equals("to")) {
      return i + 2;
    }
    boolean verb = s.token(i).isVerb();
    if (verb && JOURNEY_VERBS.contains(lemma) && (next.equals("to") || next.equals("in"))) {
      return i + 2;
    }
    if (verb && lemma.equals("visit") && !s.pos(i).equals("VBN")) {
      return i + 1;
    }
    boolean being = verb && lemma.equals("be") && next.equals("in");
    if (being && isCity(s, i + 2)) {
      return i + 2;
    }
    return -1;
  }

  private static boolean isCity(MeetingSentence s, int token) {
    return s.mentions().stream()
        .anyMatch(m -> m.kind() == MentionKind.CITY && m.firstToken() == token);
  }

  /** The city (else the state) named first after a journey word, past fillers. */
  private static Optional<Place> placeFrom(MeetingSentence s, int from) {
    Mention state = null;
    int i = from;
    while (i <= s.last() && i < from + REACH) {
      Mention here = mentionAt(s, i);
      if (here != null && here.kind() == MentionKind.CITY) {
        return Optional.of(
            new Place(
                Optional.empty(),
                Optional.of(CityNames.of(here, s.analysis().text())),
                here.country()));
      }
      if (here != null
          && (here.kind() == MentionKind.STATE || here.kind() == MentionKind.DEMONYM)) {
        if (state == null && here.kind() == MentionKind.STATE) {
          state = here;
        }
        i = here.lastToken() + 1;
        continue;
      }
      if (!FILLERS.contains(s.word(i))) {
        break;
      }
      i++;
    }
    return Optional.ofNullable(state)
        .map(m -> new Place(Optional.empty(), Optional.empty(), Optional.of(m.value())));
  }

  private static Mention mentionAt(MeetingSentence s, int token) {
    for (Mention mention : s.mentions()) {
      if (mention.firstToken() == token) {
        return mention;
      }
    }
    return null;
  }

  /**
   * Who made the journey: the owner of "A's visit", else the last person named before the word,
   * else (after a frame such as "During his visit to C, ...") the first named after it.
   */
  private static Optional<String> traveller(MeetingSentence s, int word) {
    String before = null;
    String after = null;
    for (Reference reference : s.references()) {
      if (!s.actors().isPerson(reference.actor()) || reference.qualifier()) {
        continue;
      }
      if (reference.lastToken() < word) {
        before = reference.actor();
      } else if (after == null && reference.firstToken() > word) {
        after = reference.actor();
      }
    }
    return Optional.ofNullable(before != null ? before : after);
  }
}
