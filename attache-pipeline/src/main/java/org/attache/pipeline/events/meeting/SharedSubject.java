package org.attache.pipeline.events.meeting;

import java.util.Set;

/**
 * "A was received by B and held talks with C", "A visited B and met C": a meeting verb in the past
 * or present right after "and" shares the subject of the meeting word before it; what stands
 * between the two words is the first one's object, not the second one's subject.
 */
final class SharedSubject {
  /** Parts of speech of a finite verb, which can take the subject of a verb before it. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  private SharedSubject() {}

  /** Whether the later word is a finite verb joined by "and" (and adverbs) to the one before. */
  static boolean shares(MeetingSentence s, Triggers.Found before, Triggers.Found after) {
    if (!FINITE.contains(s.pos(after.firstToken()))) {
      return false;
    }
    int i = after.firstToken() - 1;
    while (i > before.lastToken() && s.pos(i).startsWith("RB")) {
      i--;
    }
    return i > before.lastToken() && s.word(i).equals("and");
  }
}
