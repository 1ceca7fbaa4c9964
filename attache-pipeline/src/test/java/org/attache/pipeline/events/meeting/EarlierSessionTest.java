package org.attache.pipeline.events.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.events.meeting.MeetingConstructionsTest.meetings;

import org.junit.jupiter.api.Test;

/**
 * Taking part in "it" or "the session" of the sentence before ({@link EarlierSession}), on
 * sentences written for the test.
 */
class EarlierSessionTest {
  @Test
  void thoseWhoTookPartInItJoinTheBodyOfTheSessionBefore() {
    assertThat(
            meetings(
                "The 9th session of the Council of Foreign Ministers of the Shanghai Cooperation"
                    + " Organisation was held on 4 March 2024 in Bishkek. Delegations of"
                    + " Kazakhstan, India and Pakistan took part in it."))
        .containsExactly("2024-03-04 | Bishkek, KGZ | KAZ, IND, PAK, SCO");
  }

  @Test
  void theSessionNamedAgainIsTheSessionBefore() {
    assertThat(
            meetings(
                "The 9th session of the Council of Foreign Ministers of the Shanghai Cooperation"
                    + " Organisation was held on 4 March 2024 in Bishkek. Delegations of"
                    + " Kazakhstan, India and Pakistan attended the session."))
        .containsExactly("2024-03-04 | Bishkek, KGZ | KAZ, IND, PAK, SCO");
  }

  @Test
  void takingPartInWhatTheSentenceNamesTakesNothingFromBefore() {
    assertThat(
            meetings(
                "The 9th session of the Council of Foreign Ministers of the Shanghai Cooperation"
                    + " Organisation was held on 4 March 2024 in Bishkek. Delegations of"
                    + " Kazakhstan, India and Pakistan took part in a forum on trade on 5 March"
                    + " 2024."))
        .doesNotContain("2024-03-04 | Bishkek, KGZ | KAZ, IND, PAK, SCO");
  }
}
