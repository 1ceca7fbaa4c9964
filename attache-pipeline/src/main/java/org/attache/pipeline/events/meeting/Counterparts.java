package org.attache.pipeline.events.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One meeting per counterpart: "During the visit, A met the President, the Speaker and the Foreign
 * Minister" is three meetings of A, each with the sentence's date and place, unless the sentence
 * says they met together ("jointly", "a trilateral meeting", "a round table") or the word is one
 * meeting that a singular noun names ("a meeting with B and C"). The side before the word must be
 * one actor, and each counterpart a person named with a post, or a state whose officials a plural
 * title names ({@link StatesOfAPluralTitle}): "A and B met C and D" tells of two delegations, not
 * of four meetings.
 */
final class Counterparts {
  /** Words that make the counterparts one meeting. */
  private static final Set<String> TOGETHER =
      Set.of(
          "together",
          "jointly",
          "joint",
          "trilateral",
          "quadrilateral",
          "multilateral",
          "roundtable",
          "round-table",
          "round",
          "group",
          "collectively",
          "delegations");

  /** Parts of speech of a singular noun. */
  private static final Set<String> SINGULAR_NOUNS = Set.of("NN", "NNP");

  /**
   * The counterparts of the side before a meeting word, one group per meeting: each actor after the
   * word alone where the sentence reports separate meetings, else all of them together.
   */
  List<List<String>> of(
      MeetingSentence s, Triggers.Found trigger, List<String> left, List<String> right) {
    boolean separate =
        left.size() == 1
            && right.size() >= 2
            && (right.stream().allMatch(id -> official(s, id))
                || StatesOfAPluralTitle.listed(s, trigger, right))
            && meetsEach(trigger.trigger().pattern())
            && !SINGULAR_NOUNS.contains(s.pos(trigger.lastToken()))
            && !together(s);
    if (!separate) {
      return List.of(right);
    }
    List<List<String>> each = new ArrayList<>();
    for (String counterpart : right) {
      each.add(List.of(counterpart));
    }
    return each;
  }

  /** A person named with a post: a counterpart, not a state or a group named as a side. */
  private static boolean official(MeetingSentence s, String id) {
    return s.actors()
        .actor(id)
        .map(a -> s.actors().isPerson(id) && !a.posts().isEmpty())
        .orElse(false);
  }

  private static boolean meetsEach(Trigger.Pattern pattern) {
    return pattern == Trigger.Pattern.MEET || pattern == Trigger.Pattern.RECEIVE;
  }

  private static boolean together(MeetingSentence s) {
    for (int i = s.first(); i <= s.last(); i++) {
      if (TOGETHER.contains(s.word(i))) {
        return true;
      }
    }
    return false;
  }
}
