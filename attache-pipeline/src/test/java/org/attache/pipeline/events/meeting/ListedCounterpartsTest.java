package org.attache.pipeline.events.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.events.meeting.MeetingConstructionsTest.meetings;

import org.junit.jupiter.api.Test;

/**
 * Counterparts told by a plural noun and listed in a later sentence ({@link ListedCounterparts}),
 * on texts written for the test: the people are invented, the states and posts real.
 */
class ListedCounterpartsTest {
  @Test
  void eachCounterpartListedLaterHadAMeetingOfItsOwn() {
    assertThat(
            meetings(
                "Minister of Foreign Affairs of Indonesia Sari Wulandari held four bilateral talks"
                    + " with her foreign counterparts in Geneva on 4 March 2024.\n\n"
                    + "The talks dealt with trade and health.\n\n"
                    + "The foreign counterparts were from Chile, Kenya and Norway."))
        .containsExactly(
            "2024-03-04 | Geneva, CHE | Sari Wulandari, CHL",
            "2024-03-04 | Geneva, CHE | Sari Wulandari, KEN",
            "2024-03-04 | Geneva, CHE | Sari Wulandari, NOR");
  }

  @Test
  void statesNamedLaterForAnotherReasonAreNoCounterparts() {
    assertThat(
            meetings(
                "Minister of Foreign Affairs of Indonesia Sari Wulandari held four bilateral talks"
                    + " with her foreign counterparts in Geneva on 4 March 2024.\n\n"
                    + "Chile, Kenya and Norway have joined the council this year."))
        .isEmpty();
  }

  @Test
  void aListThatOpensWithAnotherNounIsNotTheCounterparts() {
    assertThat(
            meetings(
                "Minister of Foreign Affairs of Indonesia Sari Wulandari held talks with her"
                    + " counterparts in Geneva on 4 March 2024.\n\n"
                    + "The sponsors were from Chile, Kenya and Norway."))
        .isEmpty();
  }
}
