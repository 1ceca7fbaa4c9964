package org.attache.pipeline.events.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.events.meeting.MeetingConstructionsTest.meetings;

import org.junit.jupiter.api.Test;

/**
 * A meeting noun owned by "my" or "our" ({@link FirstPersonOwner}), on sentences written for the
 * test: the people are invented, the states and organisations real.
 */
class FirstPersonOwnerTest {
  @Test
  void theNamesBeforeTheSpeakersTalksAreTheirTopics() {
    assertThat(
            meetings(
                "\"Trade and the Palestinian issue at the UN Security Council were the focus of my"
                    + " talks with friendly countries,\" Minister of Foreign Affairs of Indonesia"
                    + " Sari Wulandari said."))
        .isEmpty();
  }

  @Test
  void theNamesBeforeTheTalksOfAThirdPersonAreTheirSides() {
    assertThat(
            meetings(
                "Minister of Foreign Affairs of Chile Pablo Rojas praised his talks with Minister"
                    + " of Foreign Affairs of Kenya Grace Otieno on 5 March 2024."))
        .containsExactly("2024-03-05 | ?, ? | Pablo Rojas, Grace Otieno");
  }
}
