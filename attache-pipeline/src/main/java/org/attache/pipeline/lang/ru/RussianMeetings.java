package org.attache.pipeline.lang.ru;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Meeting;
import org.attache.model.MeetingFormat;
import org.attache.model.Participant;
import org.attache.model.Place;
import org.attache.model.Role;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;

/**
 * Meetings told in Russian: a sentence with a word of meeting ("встреча", "встретился",
 * "переговоры", "беседа", "телефонный разговор", "принял") and two sides named in it. The sides are
 * the people named in the sentence, before any attribution ("..., сообщил пресс-секретарь"); where
 * one person is named, the states and organisations that are not theirs are the other side; where
 * none, the states and organisations. The first side named hosts. Sentences that tell the same
 * sides meet again are one meeting. The date is the sentence's or the publication's; the place a
 * city named in the sentence, the seat of an organisation whose secretariat is named, or the
 * dateline's city.
 */
public final class RussianMeetings extends DeclaredStage {
  static final Set<String> TRIGGERS =
      Set.of(
          "встреча",
          "встретиться",
          "переговоры",
          "беседа",
          "разговор",
          "принять",
          "переговорить",
          "созвониться",
          "консультация");
  private static final Set<String> ATTRIBUTION =
      Set.of("сообщить", "передавать", "говориться", "сообщаться", "информировать");
  private static final Set<String> PHONE = Set.of("телефонный", "телефон");
  private static final Set<String> VIDEO = Set.of("видеоконференция", "видеосвязь", "онлайн");

  private final KnowledgeBase knowledge;
  private final RussianLexicon lexicon;

  public RussianMeetings(KnowledgeBase knowledge, RussianLexicon lexicon) {
    super("ru.meetings", Set.of(Layer.SENTENCES, Layer.ACTORS), Set.of(Layer.MEETINGS));
    this.knowledge = requireNonNull(knowledge, "knowledge is null");
    this.lexicon = requireNonNull(lexicon, "lexicon is null");
  }

  @Override
  public Analysis apply(Analysis analysis) {
    ActorTable table = analysis.actorTable();
    List<Meeting> meetings = new ArrayList<>();
    Optional<String> dateline = Optional.empty();
    for (Sentence sentence : analysis.annotatedText().sentences()) {
      List<RussianWord> words = RussianWord.of(sentence);
      if (sentence.index() == 0 || dateline.isEmpty() && sentence.index() < 3) {
        dateline = dateline.or(() -> dateline(words));
      }
      int trigger = trigger(words);
      if (trigger < 0) {
        continue;
      }
      if (MeetingReports.planned(words, trigger)
          || MeetingReports.during(words, trigger) && !meetings.isEmpty()) {
        continue;
      }
      List<String> sides = sides(table, sentence, words);
      if (sides.size() < 2 || !meetings.isEmpty() && sides.stream().noneMatch(table::isPerson)) {
        continue;
      }
      Optional<Meeting> same = meetings.stream().filter(m -> sameSides(m, sides)).findFirst();
      if (same.isPresent()) {
        continue;
      }
      List<Participant> participants = new ArrayList<>();
      for (int i = 0; i < sides.size(); i++) {
        participants.add(new Participant(sides.get(i), i == 0 ? Role.HOST : Role.GUEST));
      }
      Optional<String> date =
          RussianDates.day(words, analysis.document().published())
              .or(() -> analysis.document().published().map(Object::toString));
      Optional<String> city = city(words, dateline);
      Optional<Place> place =
          city.map(
              c ->
                  new Place(
                      Optional.empty(),
                      Optional.of(c.substring(0, c.indexOf('/'))),
                      Optional.of(c.substring(c.indexOf('/') + 1))));
      meetings.add(
          new Meeting(
              "ru-m" + (meetings.size() + 1),
              date,
              place,
              participants,
              Optional.of(format(words)),
              Optional.empty(),
              List.of(sentence.span()),
              0.7,
              new TreeMap<>()));
    }
    return analysis.withEvents(Layer.MEETINGS, MeetingReports.withoutSummaries(meetings, table));
  }

  static int trigger(List<RussianWord> words) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).isAny(TRIGGERS)) {
        return i;
      }
    }
    return -1;
  }

  /** The sides of the sentence, in order, as actor ids. */
  static List<String> sides(ActorTable table, Sentence sentence, List<RussianWord> words) {
    int end = attribution(words);
    Set<String> people = new LinkedHashSet<>();
    Set<String> bodies = new LinkedHashSet<>();
    for (Reference reference : table.referencesIn(sentence.index())) {
      if (reference.firstToken() - sentence.firstToken() >= end) {
        continue;
      }
      if (table.isPerson(reference.actor())) {
        people.add(reference.actor());
      } else {
        bodies.add(reference.actor());
      }
    }
    if (people.size() >= 2) {
      return List.copyOf(people);
    }
    if (people.size() == 1) {
      String person = people.iterator().next();
      Set<String> own = new LinkedHashSet<>();
      table.actor(person).ifPresent(a -> a.posts().forEach(p -> p.of().ifPresent(own::add)));
      List<String> sides = new ArrayList<>(people);
      for (String body : bodies) {
        if (!own.contains(body) && sides.size() < 2) {
          sides.add(body);
        }
      }
      return sides;
    }
    return List.copyOf(bodies);
  }

  /** Where an attribution after a comma starts ("..., сообщил пресс-секретарь"). */
  static int attribution(List<RussianWord> words) {
    for (int i = 1; i < words.size(); i++) {
      if (words.get(i).isAny(ATTRIBUTION) && words.get(i - 1).text().equals(",")) {
        return i;
      }
    }
    return words.size();
  }

  private static boolean sameSides(Meeting meeting, List<String> sides) {
    Set<String> known = new LinkedHashSet<>();
    meeting.participants().forEach(p -> known.add(p.actor()));
    return known.equals(new LinkedHashSet<>(sides));
  }

  private Optional<String> city(List<RussianWord> words, Optional<String> dateline) {
    for (int i = 0; i < words.size(); i++) {
      Optional<RussianLexicon.Match> match = lexicon.at(words, i, List.of("city", "organisation"));
      if (match.isEmpty()) {
        continue;
      }
      RussianLexicon.Entry entry = match.get().entry();
      boolean located = i > 0 && (words.get(i - 1).is("в") || words.get(i - 1).is("во"));
      if (entry.kind().equals("city") && located) {
        return Optional.of(entry.key());
      }
      if (entry.kind().equals("organisation") && i > 0 && words.get(i - 1).is("секретариат")) {
        Optional<String> seat = knowledge.seat(entry.key()).map(l -> l.city() + "/" + l.country());
        if (seat.isPresent()) {
          return seat;
        }
      }
    }
    return dateline;
  }

  /** The city of a dateline: a city's name in capitals at the start ("МОСКВА, 22 января."). */
  private Optional<String> dateline(List<RussianWord> words) {
    if (words.isEmpty() || !words.get(0).allCapitals()) {
      return Optional.empty();
    }
    return lexicon.at(words, 0, List.of("city")).map(m -> m.entry().key());
  }

  private static MeetingFormat format(List<RussianWord> words) {
    for (RussianWord word : words) {
      if (word.isAny(PHONE)) {
        return MeetingFormat.PHONE;
      }
      if (word.isAny(VIDEO)) {
        return MeetingFormat.VIDEO;
      }
    }
    return MeetingFormat.IN_PERSON;
  }
}
