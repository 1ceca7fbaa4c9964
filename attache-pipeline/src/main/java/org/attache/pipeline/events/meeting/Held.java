package org.attache.pipeline.events.meeting;

import java.util.Set;
import org.attache.model.Span;
import org.attache.pipeline.WordLists;

/**
 * Whether a meeting word reports a meeting held: not one planned, hoped for or proposed ({@code
 * meeting-not-held.txt}), not a bare noun that names a meeting without saying who held it, and not
 * one inside a relative clause that says something else about a side.
 */
final class Held {
  /** Words before a meeting noun that make the sentence's clause its frame ("During the talks"). */
  static final Set<String> NOUN_FRAMES = Set.of("during", "after", "following", "at");

  private final Set<String> notHeld = WordLists.load("meeting-not-held.txt");

  boolean held(MeetingSentence s, Triggers.Found found) {
    return !notHeld(s, found) && !bareNoun(s, found) && !inRelativeClause(s, found);
  }

  /** "During the talks, ...", "After talks with B, ...": a frame of up to three words before. */
  static boolean framed(MeetingSentence s, Triggers.Found trigger) {
    for (int i = trigger.firstToken() - 1; i >= trigger.firstToken() - 3; i--) {
      if (NOUN_FRAMES.contains(s.word(i))) {
        return true;
      }
    }
    return false;
  }

  private boolean notHeld(MeetingSentence s, Triggers.Found found) {
    if (framed(s, found) && futureAfter(s, found)) {
      return true;
    }
    for (int i = found.firstToken() - 1; i >= found.firstToken() - 2; i--) {
      if (i < s.first()) {
        break;
      }
      if (notHeld.contains(s.word(i)) || notHeld.contains(s.lemma(i))) {
        return true;
      }
    }
    return false;
  }

  /** "During the meeting, the heads of state will sum up ...": the frame's clause is to come. */
  private static boolean futureAfter(MeetingSentence s, Triggers.Found trigger) {
    for (int i = trigger.lastToken() + 1; i <= s.last(); i++) {
      String word = s.word(i);
      if (s.pos(i).equals("MD") && (word.equals("will") || word.equals("shall"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A meeting noun alone ("the Council meeting") names a meeting without saying who held it; it
   * counts only as "meeting with ..." or "talks between ...", or where the sentence is framed by it
   * ("During the talks, A and B ...", "After talks in Beijing, A and B ...").
   */
  private static boolean bareNoun(MeetingSentence s, Triggers.Found found) {
    if (found.firstToken() != found.lastToken()) {
      return false;
    }
    if (!s.pos(found.firstToken()).startsWith("NN")) {
      return false;
    }
    String next = s.word(found.lastToken() + 1);
    if (next.equals("with") || next.equals("between")) {
      return false;
    }
    if (found.trigger().pattern() == Trigger.Pattern.VISIT && next.equals("to")) {
      return false;
    }
    return !framed(s, found);
  }

  private static boolean inRelativeClause(MeetingSentence s, Triggers.Found found) {
    int start = s.token(found.firstToken()).start();
    for (Span clause : s.relativeClauses()) {
      if (clause.start() <= start && start < clause.end()) {
        return true;
      }
    }
    return false;
  }
}
