package org.attache.pipeline.events.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.events.meeting.MeetingConstructionsTest.meetings;

import org.junit.jupiter.api.Test;

/**
 * "The state visit of A to B": a visit told by a noun, its visitor after "of" and its destination
 * after "to". The people are invented; the states and posts are real.
 */
class VisitOfTest {
  @Test
  void aRecalledVisitOfAPersonToAStateIsAMeetingOfItsOwn() {
    assertThat(
            meetings(
                "Minister of Foreign Affairs of Kyrgyzstan Aibek Osmonov received Ambassador of"
                    + " China Li Wenhao on Tuesday. The sides discussed the agreements reached"
                    + " following the state visit of the President of Kyrgyzstan Nurlan Abenov to"
                    + " China in May 2023."))
        .containsExactly(
            "2024-03-05 | ?, KGZ | Aibek Osmonov, Li Wenhao",
            "2023-05 | ?, CHN | Nurlan Abenov, CHN");
  }

  @Test
  void aVisitOfNoNamedPersonIsNoMeeting() {
    assertThat(meetings("The visit of the delegation to China in May 2023 was a success."))
        .isEmpty();
  }
}
