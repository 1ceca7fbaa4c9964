package org.attache.pipeline.events.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.events.meeting.MeetingConstructionsTest.meetings;

import org.junit.jupiter.api.Test;

/**
 * A visit to a state whose one official the document names is a meeting with that official. The
 * people are invented; the states and posts are real.
 */
class VisitHostsTest {
  private static final String VISIT =
      "Prime Minister of India Ravi Rao's two-day visit to Ghana began today.";

  @Test
  void theStatesOneNamedOfficialHostsTheVisit() {
    assertThat(
            meetings(
                VISIT + " President of Ghana Kwame Asante said the visit would strengthen ties."))
        .containsExactly("2024-03-07 | ?, GHA | Ravi Rao, Kwame Asante");
  }

  @Test
  void withTwoOfficialsNamedTheStateStaysTheSide() {
    assertThat(
            meetings(
                VISIT
                    + " President of Ghana Kwame Asante and Minister of Foreign Affairs of Ghana"
                    + " Ama Owusu said the visit would strengthen ties."))
        .containsExactly("2024-03-07 | ?, GHA | Ravi Rao, GHA");
  }

  @Test
  void anEnvoyIsNoHost() {
    assertThat(
            meetings(
                VISIT + " Ambassador of Ghana to India Kofi Mensah said the visit would help."))
        .containsExactly("2024-03-07 | ?, GHA | Ravi Rao, GHA");
  }

  @Test
  void aVisitRecalledFromAnEarlierMonthKeepsItsState() {
    assertThat(
            meetings(
                "President of Ghana Kwame Asante recalled the outcomes reached during"
                    + " President Ravi Rao's Ghana visit last September."))
        .containsExactly("2023-09 | ?, GHA | Ravi Rao, GHA");
  }
}
