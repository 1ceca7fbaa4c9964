package org.attache.pipeline.lang.ru;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.pipeline.analysis.ActorTable;

/**
 * Whether a sentence with a word of meeting reports a meeting held: not one only planned (the verb
 * nearest the word is in the future: "консультации пройдут", "встреча состоится"), and not the
 * course of one already told ("В ходе переговоров обсуждены ...", "По итогам встречи ..."), and not
 * a summary of one told between people, such as a headline ("Генеральный секретарь ШОС встретился с
 * Министром иностранных дел Кыргызстана" before the sentence that names both) or a sentence naming
 * one person and the other's state.
 */
final class MeetingReports {
  /** The words before a meeting's noun that tell of a meeting already under way or over. */
  private static final Set<String> DURING = Set.of("ход", "время", "итог", "завершение", "рамка");

  private MeetingReports() {}

  /** Whether the verb nearest the word of meeting at {@code trigger} is in the future tense. */
  static boolean planned(List<RussianWord> words, int trigger) {
    for (int distance = 0; distance < words.size(); distance++) {
      for (int at : new int[] {trigger - distance, trigger + distance}) {
        if (at < 0 || at >= words.size() || !isVerb(words.get(at))) {
          continue;
        }
        // "проводит" reads as a future ("will see off") and a present: the present wins.
        RussianWord verb = words.get(at);
        return verb.has("Fut") && !verb.has("Real") && !verb.has("Pres");
      }
    }
    return false;
  }

  /** Whether the meeting's noun at {@code trigger} follows "в ходе", "во время", "по итогам". */
  static boolean during(List<RussianWord> words, int trigger) {
    return trigger >= 1 && words.get(trigger - 1).isAny(DURING);
  }

  /**
   * The meetings less those that tell again, in part without the names, a meeting between people:
   * every person of the one is a participant of the other, and every state or organisation of the
   * one is served by a person of the other ("Лавров провел разговор с Рубио ... Россия и Рубио").
   */
  static List<Meeting> withoutSummaries(List<Meeting> meetings, ActorTable table) {
    return meetings.stream().filter(m -> !summarises(m, meetings, table)).toList();
  }

  private static boolean summarises(Meeting meeting, List<Meeting> meetings, ActorTable table) {
    for (Meeting other : meetings) {
      if (other.id().equals(meeting.id())
          || other.participants().stream().noneMatch(p -> table.isPerson(p.actor()))) {
        continue;
      }
      Set<String> present = new HashSet<>();
      Set<String> served = new HashSet<>();
      for (Participant participant : other.participants()) {
        present.add(participant.actor());
        if (table.isPerson(participant.actor())) {
          table
              .actor(participant.actor())
              .ifPresent(a -> a.posts().forEach(post -> post.of().ifPresent(served::add)));
        }
      }
      boolean covered =
          meeting.participants().stream()
              .allMatch(
                  p ->
                      table.isPerson(p.actor())
                          ? present.contains(p.actor())
                          : served.contains(p.actor()));
      boolean fewer = meeting.participants().size() <= other.participants().size();
      if (covered && fewer && !sameActors(meeting, other)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameActors(Meeting one, Meeting other) {
    Set<String> a = new HashSet<>();
    one.participants().forEach(p -> a.add(p.actor()));
    Set<String> b = new HashSet<>();
    other.participants().forEach(p -> b.add(p.actor()));
    return a.equals(b);
  }

  /**
   * Whether a word is a tensed verb and not also a noun ("встречу" is a noun, not "I shall meet").
   */
  private static boolean isVerb(RussianWord word) {
    if (!word.has("VB") || word.has("INF") || word.has("NN")) {
      return false;
    }
    return word.has("Fut") || word.has("Past") || word.has("Real") || word.has("Pres");
  }
}
