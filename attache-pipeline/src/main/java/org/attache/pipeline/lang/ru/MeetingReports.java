package org.attache.pipeline.lang.ru;

import java.util.List;
import java.util.Set;

/**
 * Whether a sentence with a word of meeting reports a meeting held: not one only planned (the verb
 * nearest the word is in the future: "консультации пройдут", "встреча состоится"), and not the
 * course of one already told ("В ходе переговоров обсуждены ...", "По итогам встречи ...").
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

  private static boolean isVerb(RussianWord word) {
    if (!word.has("VB") || word.has("INF")) {
      return false;
    }
    return word.has("Fut") || word.has("Past") || word.has("Real") || word.has("Pres");
  }
}
