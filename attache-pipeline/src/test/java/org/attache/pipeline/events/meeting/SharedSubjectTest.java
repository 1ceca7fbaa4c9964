package org.attache.pipeline.events.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.events.meeting.MeetingConstructionsTest.meetings;

import org.junit.jupiter.api.Test;

/**
 * A meeting verb joined by "and" to the one before shares its subject ({@link SharedSubject}), on
 * sentences written for the test: the people are invented, the states and posts real.
 */
class SharedSubjectTest {
  @Test
  void aGuestReceivedByOneOfficialWhoHeldTalksWithAnotherMetBoth() {
    assertThat(
            meetings(
                "On 5 March 2024, Minister of Foreign Affairs of Japan Kenji Sato was received by"
                    + " President of Kenya David Mwangi and held talks with Minister of Foreign"
                    + " Affairs of Kenya Grace Otieno."))
        .containsExactly(
            "2024-03-05 | ?, KEN | Kenji Sato, David Mwangi",
            "2024-03-05 | ?, ? | Kenji Sato, Grace Otieno");
  }

  @Test
  void unnamedHostsOfOneStateMakeTwoMeetingsWithTheGuest() {
    assertThat(
            meetings(
                "Minister of Foreign Affairs of Japan Kenji Sato arrived in Nairobi on Monday.\n\n"
                    + "On 5 March 2024, Sato was received by the Kenyan president and also held"
                    + " talks with the Kenyan foreign minister."))
        .containsExactly(
            "2024-03-05 | Nairobi, KEN | Kenji Sato, KEN",
            "2024-03-05 | Nairobi, KEN | Kenji Sato, KEN");
  }
}
