package org.attache.pipeline.events.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attache.model.MeetingFormat;
import org.attache.model.Place;
import org.attache.pipeline.WordLists;
import org.attache.pipeline.actors.ActorTable;
import org.attache.pipeline.nlp.Token;
import org.attache.pipeline.time.TemporalMention;

/**
 * The meetings a sentence reports with a meeting word ({@code meeting-triggers.tsv}): one per word,
 * the side before a word bounded by the word before it, the side after it by the word after it. A
 * word joined to the one before by "and" shares its subject ("A was received by B and held talks
 * with C").
 */
final class TriggerMeetings {
  private final Triggers triggers = Triggers.load();
  private final Held held = new Held();
  private final Sides sides = new Sides();
  private final MeetingDates dates = new MeetingDates();
  private final MeetingPlaces places;
  private final Map<String, MeetingFormat> cues = new TreeMap<>();

  TriggerMeetings(MeetingPlaces places) {
    this.places = places;
    for (List<String> row : WordLists.table("meeting-cues.tsv")) {
      cues.put(row.get(0), MeetingFormat.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
    }
  }

  List<Candidate> read(MeetingSentence s) {
    List<Triggers.Found> found = new ArrayList<>();
    for (Triggers.Found trigger : triggers.find(s.sentence())) {
      if (held.held(s, trigger)) {
        found.add(trigger);
      }
    }
    ActorTable actors = s.actors();
    List<Candidate> candidates = new ArrayList<>();
    List<String> previousLeft = List.of();
    for (int i = 0; i < found.size(); i++) {
      Triggers.Found trigger = found.get(i);
      int leftFrom = i == 0 ? s.first() : found.get(i - 1).lastToken() + 1;
      int rightTo = i + 1 < found.size() ? found.get(i + 1).firstToken() - 1 : s.last();
      List<String> left = sides.between(s, leftFrom, trigger.firstToken() - 1, true);
      if (left.isEmpty() && i > 0 && coordinated(s, found.get(i - 1), trigger)) {
        left = previousLeft;
      }
      if (left.isEmpty() && Held.framed(s, trigger)) {
        left = mainClauseSubject(s, trigger, rightTo);
      }
      boolean objectIsTheMeeting = trigger.trigger().pattern() == Trigger.Pattern.PARTICIPATE;
      List<String> right =
          objectIsTheMeeting || topicFollows(s, trigger, left, actors)
              ? List.of()
              : sides.between(s, trigger.lastToken() + 1, rightTo, false);
      previousLeft = left;
      if (left.size() + right.size() < 2) {
        continue;
      }
      Set<String> hosts = new LinkedHashSet<>();
      switch (trigger.trigger().pattern()) {
        case RECEIVE -> hosts.addAll(left);
        case RECEIVED_BY -> hosts.addAll(right);
        case MEET, VISIT, PARTICIPATE -> {}
      }
      List<String> all = new ArrayList<>(left);
      right.stream().filter(id -> !all.contains(id)).forEach(all::add);
      Optional<MeetingFormat> format = trigger.trigger().format().or(() -> cue(s));
      Optional<TemporalMention> date = dates.near(s, trigger.firstToken());
      Map<String, String> provenance = new TreeMap<>();
      provenance.put("participants", trigger.trigger().rule());
      date.ifPresent(d -> provenance.put("date", "date.in_sentence"));
      Optional<Place> place = places.in(s);
      place.ifPresent(p -> provenance.put("place", "place.in_sentence"));
      candidates.add(
          new Candidate(
              List.of(s.sentence().span()),
              all,
              hosts,
              date.map(TemporalMention::value),
              place,
              format,
              trigger.trigger().cameo(),
              provenance));
    }
    return candidates;
  }

  /** Whether only "and" (and commas) stands between two meeting words. */
  private static boolean coordinated(
      MeetingSentence s, Triggers.Found before, Triggers.Found after) {
    boolean and = false;
    for (int i = before.lastToken() + 1; i < after.firstToken(); i++) {
      and = and || s.word(i).equals("and");
    }
    return and;
  }

  /** "After talks with B in X, A wrote ...": the side named after the frame's comma. */
  private List<String> mainClauseSubject(MeetingSentence s, Triggers.Found trigger, int limit) {
    int comma = -1;
    for (int i = trigger.lastToken() + 1; i <= limit; i++) {
      if (s.word(i).equals(",")) {
        comma = i;
        break;
      }
    }
    if (comma < 0) {
      return List.of();
    }
    int verb = limit;
    for (int i = comma + 1; i <= limit; i++) {
      if (s.token(i).isVerb()) {
        verb = i - 1;
        break;
      }
    }
    return sides.between(s, comma + 1, verb, true);
  }

  /**
   * Whether what follows the meeting word is its topic, not a side: "A and B talked about X", "A
   * held talks on X".
   */
  private static boolean topicFollows(
      MeetingSentence s, Triggers.Found found, List<String> left, ActorTable actors) {
    if (found.trigger().pattern() != Trigger.Pattern.MEET) {
      return false;
    }
    String next = s.word(found.lastToken() + 1);
    if (next.equals("about") || next.equals("on") || next.equals("over") || next.equals("of")) {
      return true;
    }
    long people = left.stream().filter(actors::isPerson).count();
    return people >= 2 && !next.equals("with");
  }

  private Optional<MeetingFormat> cue(MeetingSentence s) {
    for (Token token : s.sentence().tokens()) {
      MeetingFormat format = cues.get(Triggers.lemma(token));
      if (format != null) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
