package org.attache.pipeline.events.meeting;

import java.util.Optional;
import java.util.Set;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Place;
import org.attache.pipeline.Analysis;
import org.attache.pipeline.WordLists;
import org.attache.pipeline.mentions.Mention;
import org.attache.pipeline.mentions.MentionKind;
import org.attache.pipeline.nlp.Sentence;
import org.attache.pipeline.nlp.Token;

/** Where a sentence says a meeting took place. */
final class MeetingPlaces {
  private static final Set<String> MEETING_NOUNS =
      Set.of("meeting", "talk", "consultation", "negotiation", "visit", "summit", "conversation");
  private static final Set<String> PLACE_FILLERS =
      Set.of("the", "capital", "city", "of", "'s", "’s");

  private final KnowledgeBase knowledge;
  private final Venues venues = Venues.load();
  private final Set<String> venueNouns = WordLists.load("venue-nouns.txt");

  MeetingPlaces(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  /** "in CITY", "in STATE", "at the ORG Secretariat", a known venue: where the sentence says. */
  Optional<Place> in(MeetingSentence s) {
    Optional<Place> known = venues.find(s.text());
    if (known.isPresent()) {
      return known;
    }
    for (Mention mention : s.mentions()) {
      boolean located = located(s, mention.firstToken());
      if (mention.kind() == MentionKind.CITY && located) {
        return Optional.of(
            new Place(Optional.empty(), Optional.of(mention.value()), mention.country()));
      }
      String after = s.word(mention.lastToken() + 1);
      String last = s.word(mention.lastToken());
      boolean venue = venueNouns.contains(after) || venueNouns.contains(last);
      if (mention.kind() == MentionKind.ORGANISATION && venue) {
        int end =
            venueNouns.contains(after)
                ? s.token(mention.lastToken() + 1).end()
                : mention.span().end();
        String name = s.analysis().text().substring(mention.span().start(), end);
        Optional<Place> seat =
            knowledge
                .seat(mention.value())
                .map(
                    l ->
                        new Place(
                            Optional.of(name), Optional.of(l.city()), Optional.of(l.country())));
        if (seat.isPresent()) {
          return seat;
        }
      }
    }
    for (Mention mention : s.mentions()) {
      String before = s.word(mention.firstToken() - 1);
      if (mention.kind() == MentionKind.STATE
          && !isQualifier(s, mention)
          && (before.equals("in") || before.equals("to"))) {
        return Optional.of(
            new Place(Optional.empty(), Optional.empty(), Optional.of(mention.value())));
      }
    }
    return Optional.empty();
  }

  /**
   * Where a sentence of its own says the meeting was held: "The meeting is being held at the Arab
   * League's headquarters", "The first round of consultations was held in Baku".
   */
  Optional<Place> toldApart(Analysis analysis) {
    for (Sentence sentence : analysis.annotatedText().sentences()) {
      boolean meetingNoun = false;
      boolean held = false;
      for (Token token : sentence.tokens()) {
        String lemma = Triggers.lemma(token);
        meetingNoun =
            meetingNoun || (token.pos().startsWith("NN") && MEETING_NOUNS.contains(lemma));
        held =
            held
                || (token.pos().startsWith("VB") && (lemma.equals("hold") || lemma.equals("take")));
      }
      if (meetingNoun && held) {
        Optional<Place> place = in(MeetingSentence.of(analysis, sentence));
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }

  /** "in X", "at X", "in the capital X", "in the city of X": a place word before the token. */
  private static boolean located(MeetingSentence s, int token) {
    for (int i = token - 1; i >= token - 4; i--) {
      String word = s.word(i);
      if (word.equals("in") || word.equals("at")) {
        return true;
      }
      if (!PLACE_FILLERS.contains(word)) {
        return false;
      }
    }
    return false;
  }

  private static boolean isQualifier(MeetingSentence s, Mention mention) {
    return s.actors().references().stream()
        .anyMatch(r -> r.qualifier() && r.span().equals(mention.span()));
  }
}
