package org.attache.pipeline.events.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.events.meeting.MeetingConstructionsTest.meetings;

import org.junit.jupiter.api.Test;

/**
 * A document without a publication date is told from the first full date it gives ({@link
 * StoryDate}), on texts written for the test: the people are invented, the states and posts real.
 */
class StoryDateTest {
  @Test
  void aWeekdayIsResolvedAgainstTheFirstFullDateOfAnUndatedDocument() {
    assertThat(
            meetings(
                null,
                "Minister of Foreign Affairs of Chile Pablo Rojas (left) at the talks on Tuesday"
                    + " (Sept 24, 2019).\n\n"
                    + "Minister of Foreign Affairs of Chile Pablo Rojas met Minister of Foreign"
                    + " Affairs of Kenya Grace Otieno in Geneva on Tuesday.",
                null))
        .containsExactly("2019-09-24 | Geneva, CHE | Pablo Rojas, Grace Otieno");
  }

  @Test
  void anUndatedDocumentWithoutAFullDateLeavesAWeekdayUnresolved() {
    assertThat(
            meetings(
                null,
                "Minister of Foreign Affairs of Chile Pablo Rojas met Minister of Foreign Affairs"
                    + " of Kenya Grace Otieno in Geneva on Tuesday.",
                null))
        .containsExactly("? | Geneva, CHE | Pablo Rojas, Grace Otieno");
  }

  @Test
  void thePublicationDateComesBeforeAnyDateOfTheText() {
    assertThat(
            meetings(
                null,
                "The two ministers first met on 2 May 2019.\n\n"
                    + "Minister of Foreign Affairs of Chile Pablo Rojas met Minister of Foreign"
                    + " Affairs of Kenya Grace Otieno in Geneva on Tuesday.",
                "2024-03-07"))
        .contains("2024-03-05 | Geneva, CHE | Pablo Rojas, Grace Otieno");
  }
}
