package org.attache.pipeline.lang.zh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attache.knowledge.ChineseLexicon;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Codes;
import org.attache.model.Meeting;
import org.attache.model.MeetingFormat;
import org.attache.model.Participant;
import org.attache.model.Place;
import org.attache.model.Role;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.WordLists;

/**
 * Meetings told in Chinese: a sentence with a word of meeting (会见, 会晤, 会谈, 通电话, 递交国书, 出席...会议) and
 * at least two sides in it, people or states and organisations that stand for themselves. Whoever
 * is named before 会见, 接见 or 接受 receives the others and is the host; a call (通电话, 通话) is by phone
 * and a meeting held 视频 by video. The place is the city named in the sentence, or the seat of the
 * organisation whose secretariat it was held at, or, for a meeting in person, the city of the
 * text's dateline ({@link ChineseDatelines}); the date the sentence's own, or the document's first,
 * or its publication date. One meeting is kept for each set of sides: a later sentence naming some
 * of them again tells of the same meeting.
 */
final class ChineseMeetings {
  private record Trigger(String word, MeetingFormat format, boolean hosted) {
    /** Whether the word tells of attending a session rather than of meeting someone. */
    boolean session() {
      return word.equals("出席") || word.equals("主持") || word.equals("视频");
    }
  }

  private static final List<Trigger> TRIGGERS =
      WordLists.table("zh-meeting-words.tsv").stream()
          .map(
              row ->
                  new Trigger(
                      row.get(0), MeetingFormat.valueOf(row.get(1)), row.get(2).equals("hosted")))
          .toList();

  private static final List<String> GATHERINGS = List.of("会议", "峰会", "论坛", "对话会");

  private ChineseMeetings() {}

  static List<Meeting> find(
      Reading reading, ActorTable actors, KnowledgeBase knowledge, Optional<LocalDate> published) {
    List<Meeting> meetings = new ArrayList<>();
    List<Set<String>> told = new ArrayList<>();
    Optional<String> documentDate = ChineseDates.first(reading.simplified(), published);
    for (Sentence sentence : reading.sentences()) {
      String text = reading.simplified().substring(sentence.span().start(), sentence.span().end());
      Optional<Trigger> trigger = trigger(text);
      if (trigger.isEmpty()) {
        continue;
      }
      int at = sentence.span().start() + text.indexOf(trigger.get().word());
      Set<String> sides = new LinkedHashSet<>();
      Set<String> hosts = new LinkedHashSet<>();
      Set<String> bodies = new LinkedHashSet<>();
      for (Reference reference : actors.referencesIn(sentence.index())) {
        if (reference.qualifier() || reference.rule().equals(ChineseActors.TITLE_ALONE)) {
          continue;
        }
        if (!actors.isPerson(reference.actor())) {
          if (multilateral(trigger.get(), text)) {
            bodies.add(reference.actor());
          }
          continue;
        }
        sides.add(reference.actor());
        if (trigger.get().hosted() && reference.span().end() <= at) {
          hosts.add(reference.actor());
        }
      }
      sides.addAll(unrepresented(actors, sides, bodies));
      Optional<String> date =
          ChineseDates.first(text, published)
              .or(() -> documentDate)
              .or(() -> published.map(LocalDate::toString));
      if (sides.size() < 2 || told.stream().anyMatch(s -> s.containsAll(sides))) {
        continue;
      }
      int session = sessionOn(meetings, date);
      if (trigger.get().session() && session >= 0) {
        Meeting earlier = meetings.get(session);
        List<Participant> more = new ArrayList<>(earlier.participants());
        for (String side : sides) {
          if (more.stream().noneMatch(p -> p.actor().equals(side))) {
            more.add(new Participant(side, Role.PARTICIPANT));
          }
        }
        List<org.attache.model.Span> evidence = new ArrayList<>(earlier.evidence());
        evidence.add(sentence.span());
        meetings.set(
            session,
            new Meeting(
                earlier.id(),
                earlier.date(),
                earlier.place(),
                more,
                earlier.format(),
                earlier.codes(),
                evidence,
                earlier.confidence(),
                earlier.provenance()));
        told.add(sides);
        continue;
      }
      told.add(sides);
      List<Participant> participants = new ArrayList<>();
      for (String side : sides) {
        Role role =
            hosts.isEmpty() ? Role.PARTICIPANT : hosts.contains(side) ? Role.HOST : Role.GUEST;
        participants.add(new Participant(side, role));
      }
      TreeMap<String, String> provenance = new TreeMap<>();
      provenance.put(
          "type", (trigger.get().session() ? "zh-session:" : "zh-meeting:") + trigger.get().word());
      meetings.add(
          new Meeting(
              "zh-meeting-" + sentence.index(),
              date,
              place(reading, sentence, knowledge)
                  .or(
                      () ->
                          trigger.get().format() == MeetingFormat.IN_PERSON
                              ? ChineseDatelines.place(reading)
                              : Optional.empty()),
              participants,
              Optional.of(trigger.get().format()),
              Optional.of(
                  Codes.of(
                      trigger.get().format() == MeetingFormat.PHONE ? "040" : "043", "CONSULT")),
              List.of(sentence.span()),
              0.7,
              provenance));
    }
    return meetings;
  }

  /**
   * Whether the sentence tells of a gathering of many: a session attended or chaired, or a meeting,
   * summit, forum or dialogue held (会议, 峰会, 论坛, 对话会).
   */
  private static boolean multilateral(Trigger trigger, String text) {
    return trigger.session() || GATHERINGS.stream().anyMatch(text::contains);
  }

  /**
   * The states and organisations of a gathering's sentence that no named participant serves: their
   * unnamed delegations take part ("文莱、柬埔寨驻华大使出席"), as does the organisation whose body met.
   */
  private static List<String> unrepresented(
      ActorTable actors, Set<String> people, Set<String> bodies) {
    Set<String> served = new LinkedHashSet<>();
    for (String person : people) {
      actors
          .actor(person)
          .ifPresent(a -> a.posts().forEach(post -> post.of().ifPresent(served::add)));
    }
    return bodies.stream().filter(b -> !served.contains(b)).toList();
  }

  /** The index of the session told before on that date, or -1. */
  private static int sessionOn(List<Meeting> meetings, Optional<String> date) {
    for (int i = 0; i < meetings.size(); i++) {
      Meeting meeting = meetings.get(i);
      if (meeting.date().equals(date)
          && meeting.provenance().getOrDefault("type", "").startsWith("zh-session:")) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<Trigger> trigger(String text) {
    for (Trigger trigger : TRIGGERS) {
      if (text.contains(trigger.word())) {
        return Optional.of(trigger);
      }
    }
    return Optional.empty();
  }

  private static Optional<Place> place(
      Reading reading, Sentence sentence, KnowledgeBase knowledge) {
    for (ChineseLexicon.Match match : reading.names()) {
      if (match.start() < sentence.span().start() || match.end() > sentence.span().end()) {
        continue;
      }
      if (match.entry() instanceof ChineseLexicon.CityName city) {
        return Optional.of(
            new Place(
                Optional.empty(),
                Optional.of(city.location().city()),
                Optional.of(city.location().country())));
      }
      if (match.entry() instanceof ChineseLexicon.OrganisationName organisation
          && match.start() > 0
          && reading.simplified().charAt(match.start() - 1) == '在') {
        return knowledge
            .seat(organisation.code())
            .map(
                seat ->
                    new Place(
                        Optional.empty(), Optional.of(seat.city()), Optional.of(seat.country())));
      }
    }
    return Optional.empty();
  }
}
