package org.attache.pipeline.events.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attache.knowledge.KnowledgeBase;
import org.attache.knowledge.PhraseMatch;
import org.attache.model.Place;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Token;
import org.attache.pipeline.analysis.WordLists;
import org.attache.pipeline.mentions.CityNames;

/**
 * Where a sentence says a meeting took place: a known venue ({@code venues.tsv}), a city after "in"
 * or "at", an organisation's premises ("at the SCO Secretariat"), a state's office in its capital
 * ("at the Ministry of Foreign Affairs of China", {@code state-offices.txt}), else a state after
 * "in" or "to". Of several, the first after the meeting word, else the last before it.
 */
final class MeetingPlaces {
  private static final Set<String> MEETING_NOUNS =
      Set.of("meeting", "talk", "consultation", "negotiation", "visit", "summit", "conversation");
  private static final Set<String> PLACE_FILLERS =
      Set.of("the", "capital", "city", "of", "'s", "’s");

  /** How far after an office's name "of STATE" may name its state ("Ministry of Culture, ..."). */
  private static final int OFFICE_REACH = 12;

  private final KnowledgeBase knowledge;
  private final Venues venues = Venues.load();
  private final Set<String> venueNouns = WordLists.load("venue-nouns.txt");
  private final List<List<String>> offices = new ArrayList<>();

  MeetingPlaces(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
    for (String office : WordLists.load("state-offices.txt")) {
      offices.add(List.of(office.split(" ")));
    }
    offices.sort((a, b) -> b.size() - a.size());
  }

  /** A place the sentence names, at the token where its phrase starts. */
  private record Found(int token, Place place) {}

  /** Where the sentence says the meeting told by the word at {@code trigger} took place. */
  Optional<Place> in(MeetingSentence s, int trigger) {
    List<Found> found = new ArrayList<>();
    for (PhraseMatch<Place> venue : venues.findAll(s.text())) {
      int start = s.sentence().span().start() + venue.start();
      found.add(new Found(s.firstTokenAfter(start), venue.payload()));
    }
    for (Mention mention : s.mentions()) {
      cityOrSeat(s, mention).ifPresent(p -> found.add(new Found(mention.firstToken(), p)));
    }
    found.addAll(offices(s));
    Optional<Place> place = nearest(found, trigger);
    if (place.isPresent()) {
      return place;
    }
    List<Found> states = new ArrayList<>();
    for (Mention mention : s.mentions()) {
      String before = s.word(mention.firstToken() - 1);
      if (mention.kind() == MentionKind.STATE
          && !isQualifier(s, mention)
          && (before.equals("in") || before.equals("to"))) {
        Place state = new Place(Optional.empty(), Optional.empty(), Optional.of(mention.value()));
        states.add(new Found(mention.firstToken(), state));
      }
    }
    return nearest(states, trigger);
  }

  /** The first place after the meeting word, else the last before it. */
  private static Optional<Place> nearest(List<Found> found, int trigger) {
    Found before = null;
    Found after = null;
    for (Found place : found) {
      if (place.token() > trigger) {
        if (after == null || place.token() < after.token()) {
          after = place;
        }
      } else if (before == null || place.token() > before.token()) {
        before = place;
      }
    }
    Found chosen = after != null ? after : before;
    return Optional.ofNullable(chosen).map(Found::place);
  }

  /** "in CITY", "at the ORG Secretariat". */
  private Optional<Place> cityOrSeat(MeetingSentence s, Mention mention) {
    if (mention.kind() == MentionKind.CITY && located(s, mention.firstToken())) {
      return Optional.of(
          new Place(
              Optional.empty(),
              Optional.of(CityNames.of(mention, s.analysis().text())),
              mention.country()));
    }
    String after = s.word(mention.lastToken() + 1);
    String last = s.word(mention.lastToken());
    boolean venue = venueNouns.contains(after) || venueNouns.contains(last);
    if (mention.kind() != MentionKind.ORGANISATION || !venue) {
      return Optional.empty();
    }
    int end =
        venueNouns.contains(after) ? s.token(mention.lastToken() + 1).end() : mention.span().end();
    String name = s.analysis().text().substring(mention.span().start(), end);
    return knowledge
        .seat(mention.value())
        .map(l -> new Place(Optional.of(name), Optional.of(l.city()), Optional.of(l.country())));
  }

  /**
   * "at the Ministry of Foreign Affairs of China", "at the US State Department", "at the Office of
   * the Prime Minister": a state's office, in its capital. Where the sentence does not say whose
   * office it is, the place has its name alone, and the host's state fixes the rest ({@link
   * SettleMeetings}).
   */
  private List<Found> offices(MeetingSentence s) {
    List<Found> found = new ArrayList<>();
    for (int i = s.first(); i <= s.last(); i++) {
      if (!s.word(i).equals("at") && !s.word(i).equals("in")) {
        continue;
      }
      int k = i + 1;
      if (s.word(k).equals("the")) {
        k++;
      }
      Mention state = stateAt(s, k);
      int officeStart = state == null ? k : state.lastToken() + 1;
      int officeEnd = officeAt(s, officeStart);
      if (officeEnd < 0 && state != null) {
        // an office whose name is itself known as its state's institution ("the State Department")
        officeStart = k;
        officeEnd = officeAt(s, k);
      }
      if (officeEnd < 0) {
        continue;
      }
      int nameEnd = officeEnd;
      if (state == null) {
        for (int j = officeEnd + 1; j <= s.last() && j <= officeEnd + OFFICE_REACH; j++) {
          if (s.token(j).isVerb()) {
            break;
          }
          Mention after = stateAt(s, j);
          if (after != null && (s.word(j - 1).equals("of") || s.word(j - 2).equals("of"))) {
            state = after;
            nameEnd = after.lastToken();
            break;
          }
        }
      }
      int nameStart = k;
      String name =
          s.analysis().text().substring(s.token(nameStart).start(), s.token(nameEnd).end());
      Mention city = s.word(nameEnd + 1).equals(",") ? cityAt(s, nameEnd + 2) : null;
      Place place;
      if (city != null) {
        place =
            new Place(
                Optional.of(name),
                Optional.of(CityNames.of(city, s.analysis().text())),
                city.country());
      } else if (state != null) {
        place = inCapital(s, name, state.value());
      } else {
        place = new Place(Optional.of(name), Optional.empty(), Optional.empty());
      }
      found.add(new Found(i + 1, place));
      i = nameEnd;
    }
    return found;
  }

  /** The office of a state: in its capital, named as the document names it. */
  private Place inCapital(MeetingSentence s, String name, String state) {
    Optional<String> capital = knowledge.state(state).map(st -> st.capital().name());
    Optional<String> named =
        capital
            .flatMap(c -> s.analysis().mentionList().firstCity(c))
            .map(m -> CityNames.of(m, s.analysis().text()));
    return new Place(Optional.of(name), named.or(() -> capital), Optional.of(state));
  }

  /** The city named at the token, if any: "at the State Department, Washington DC". */
  private static Mention cityAt(MeetingSentence s, int token) {
    for (Mention mention : s.mentions()) {
      if (mention.kind() == MentionKind.CITY && mention.firstToken() == token) {
        return mention;
      }
    }
    return null;
  }

  /** The state (or its adjective) named at the token, if any. */
  private static Mention stateAt(MeetingSentence s, int token) {
    for (Mention mention : s.mentions()) {
      boolean state = mention.kind() == MentionKind.STATE || mention.kind() == MentionKind.DEMONYM;
      if (state && mention.firstToken() == token) {
        return mention;
      }
    }
    return null;
  }

  /** The last token of the longest office name starting at the token, or -1. */
  private int officeAt(MeetingSentence s, int token) {
    for (List<String> office : offices) {
      boolean all = true;
      for (int k = 0; k < office.size() && all; k++) {
        all = s.word(token + k).toLowerCase(Locale.ROOT).equals(office.get(k));
      }
      if (all) {
        return token + office.size() - 1;
      }
    }
    return -1;
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
        MeetingSentence s = MeetingSentence.of(analysis, sentence);
        Optional<Place> place = in(s, s.first() - 1);
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
    return s.actors().qualifies(mention.span());
  }
}
