package org.attache.pipeline.events.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.events.meeting.MeetingConstructionsTest.meetings;

import org.junit.jupiter.api.Test;

/** One meeting per counterpart ({@link Counterparts}), on sentences written for the test. */
class CounterpartsTest {
  @Test
  void aVisitorWhoMetSeveralOfficialsHadOneMeetingWithEach() {
    assertThat(
            meetings(
                "During his visit to Hanoi on 5 March 2024, Minister of Foreign Affairs of Chile"
                    + " Pablo Rojas met President of Vietnam Tran Van Minh and Prime Minister of"
                    + " Vietnam Le Thi Hoa."))
        .containsExactly(
            "2024-03-05 | Hanoi, VNM | Pablo Rojas, Tran Van Minh",
            "2024-03-05 | Hanoi, VNM | Pablo Rojas, Le Thi Hoa");
  }

  @Test
  void counterpartsWhoMetTogetherHadOneMeeting() {
    assertThat(
            meetings(
                "On 5 March 2024, Minister of Foreign Affairs of Chile Pablo Rojas met jointly"
                    + " with President of Vietnam Tran Van Minh and Prime Minister of Vietnam Le"
                    + " Thi Hoa."))
        .containsExactly("2024-03-05 | ?, ? | Pablo Rojas, Tran Van Minh, Le Thi Hoa");
  }

  @Test
  void oneMeetingNamedByASingularNounIsOneMeeting() {
    assertThat(
            meetings(
                "On 5 March 2024, Minister of Foreign Affairs of Chile Pablo Rojas held a meeting"
                    + " with President of Vietnam Tran Van Minh and Prime Minister of Vietnam Le"
                    + " Thi Hoa."))
        .containsExactly("2024-03-05 | ?, ? | Pablo Rojas, Tran Van Minh, Le Thi Hoa");
  }

  @Test
  void aVisitorWhoMetOfficialsNamedByAPluralTitleHadOneMeetingWithEachState() {
    assertThat(
            meetings(
                "Minister of State of the United Kingdom Oliver Grant met with Education Ministers"
                    + " from Jordan and Oman on 5 March 2024."))
        .containsExactly(
            "2024-03-05 | ?, ? | Oliver Grant, JOR", "2024-03-05 | ?, ? | Oliver Grant, OMN");
  }

  @Test
  void envoysNamedByAPluralTitleWhoPresentedCredentialsTogetherHadOneMeeting() {
    assertThat(
            meetings(
                "President of Kazakhstan Nurlan Abenov received on 5 March 2024 the ambassadors"
                    + " of Jordan and Oman, who presented their credentials."))
        .containsExactly("2024-03-05 | ?, KAZ | Nurlan Abenov, JOR, OMN");
  }
}
