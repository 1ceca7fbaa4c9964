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
 * Министром иностранных дел Кыргызстана" before the sentence that names both).
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
        return words.get(at).has("Fut");
      }
    }
    return false;
  }

  /** Whether the meeting's noun at {@code trigger} follows "в ходе", "во время", "по итогам". */
  static boolean during(List<RussianWord> words, int trigger) {
    return trigger >= 1 && words.get(trigger - 1).isAny(DURING);
  }

  /**
   * The meetings less those between states and organisations alone whose every side a person of
   * another meeting serves: the same meeting, told without the names.
   */
  static List<Meeting> withoutSummaries(List<Meeting> meetings, ActorTable table) {
    return meetings.stream().filter(m -> !summarises(m, meetings, table)).toList();
  }

  private static boolean summarises(Meeting meeting, List<Meeting> meetings, ActorTable table) {
    if (meeting.participants().stream().anyMatch(p -> table.isPerson(p.actor()))) {
      return false;
    }
    for (Meeting other : meetings) {
      Set<String> served = new HashSet<>();
      for (Participant participant : other.participants()) {
        if (table.isPerson(participant.actor())) {
          table
              .actor(participant.actor())
              .ifPresent(a -> a.posts().forEach(post -> post.of().ifPresent(served::add)));
        }
      }
      boolean covered = meeting.participants().stream().allMatch(p -> served.contains(p.actor()));
      if (!other.id().equals(meeting.id()) && covered) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVerb(RussianWord word) {
    if (!word.has("VB") || word.has("INF")) {
      return false;
    }
    return word.has("Fut") || word.has("Past") || word.has("Real") || word.has("Pres");
  }
}
