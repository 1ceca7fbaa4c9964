package org.attache.pipeline.events.meeting;

import java.util.Set;

/**
 * "'Trade and the Palestinian issue at the Security Council were the focus of my talks with
 * friendly countries,' she said": a meeting noun owned by "my" or "our" is the speaker's meeting,
 * and the names before it in the quotation are its topics, not its sides.
 */
final class FirstPersonOwner {
  private static final Set<String> OWNERS = Set.of("my", "our");

  /** How many modifiers may stand between the owner and the noun: "our two rounds of talks". */
  private static final int REACH = 3;

  private FirstPersonOwner() {}

  static boolean owns(MeetingSentence s, Triggers.Found trigger) {
    return s.nounMarkedBy(
        trigger.firstToken(), OWNERS, REACH, pos -> pos.startsWith("JJ") || pos.equals("CD"));
  }
}
