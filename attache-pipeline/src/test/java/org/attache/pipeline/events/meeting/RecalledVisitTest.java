package org.attache.pipeline.events.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.events.meeting.MeetingConstructionsTest.meetings;

import org.junit.jupiter.api.Test;

/**
 * Recalled visits ({@link RecalledVisit}) and visits "to the country" ({@link VisitToTheCountry}),
 * on sentences written for the test: the people are invented, the states and posts real.
 */
class RecalledVisitTest {
  @Test
  void aRecentVisitToTheCountryIsAVisitToTheStateNamedBeforeAndUndated() {
    assertThat(
            meetings(
                "President of Chile Pablo Rojas thanked Kenya for the warm welcome during his"
                    + " recent state visit to the country."))
        .containsExactly("? | ?, KEN | Pablo Rojas, KEN");
  }

  @Test
  void aRecalledVisitKeepsTheDateItsSentenceGives() {
    assertThat(
            meetings(
                "President of Chile Pablo Rojas recalled that during his last visit to Kenya in"
                    + " May 2022 trade grew."))
        .containsExactly("2022-05 | ?, KEN | Pablo Rojas, KEN");
  }

  @Test
  void aVisitToTheCountryWithNoStateNamedBeforeHasNoDestination() {
    assertThat(
            meetings(
                "President of Chile Pablo Rojas praised his recent state visit to the country."))
        .isEmpty();
  }

  @Test
  void aVisitToTheCountryAfterTwoStatesIsToNeitherOfThem() {
    assertThat(
            meetings(
                "Chile and Kenya signed two agreements during President Pablo Rojas's state visit"
                    + " to the country."))
        .isEmpty();
  }

  @Test
  void aRecalledVisitKeepsItsStateWhereTheStoryNamesOneOfficialOfIt() {
    assertThat(
            meetings(
                "President of Chile Pablo Rojas met Ambassador of Kenya Grace Otieno in Santiago on"
                    + " 5 March 2024.\n\n"
                    + "Rojas thanked Kenya for his recent visit to the country, where he spoke at a"
                    + " forum of Prime Minister of Kenya David Mwangi."))
        .containsExactly(
            "2024-03-05 | Santiago, CHL | Pablo Rojas, Grace Otieno",
            "? | ?, KEN | Pablo Rojas, KEN");
  }
}
