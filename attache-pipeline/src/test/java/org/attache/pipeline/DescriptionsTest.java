package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.DocumentRecord;
import org.attache.model.Meeting;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/**
 * How descriptions of posts ("the Russian top diplomat", "a former ambassador", "Arab foreign
 * ministers") are read, on short texts written for the test (the people are invented).
 */
class DescriptionsTest {
  @Test
  void theMostDescribedPostGoesToTheOnlyNamedPersonWithoutOne() {
    DocumentRecord record =
        ExtractorTesting.extract(
            null,
            "CAIRO, April 12. The Russian Foreign Minister, who is on a visit to Egypt, is holding a"
                + " meeting with Secretary General of the Arab League Karim Mansour.\n\n"
                + "Earlier in the day, the Russian top diplomat was received by the Egyptian"
                + " president.\n\n"
                + "Later on Monday, Orlov is expected to leave for Tehran.",
            "2021-04-12");

    assertThat(ExtractorTesting.people(record))
        .containsExactlyInAnyOrder(
            "Orlov | Minister of Foreign Affairs | RUS | -",
            "Karim Mansour | Secretary-General | LAS | -");
  }

  @Test
  void aTravellerNamedInTwoMeetingsDoesNotMakeThemOne() {
    DocumentRecord record =
        ExtractorTesting.extract(
            null,
            "CAIRO, April 12. Russian Foreign Minister Pavel Orlov is holding a meeting with"
                + " Secretary General of the Arab League Karim Mansour.\n\n"
                + "Earlier in the day, Orlov was received by the Egyptian president.",
            "2021-04-12");

    List<Meeting> meetings = record.events(Meeting.class);
    assertThat(meetings).hasSize(2);
    assertThat(ExtractorTesting.participants(record, meetings.get(1)))
        .containsExactlyInAnyOrder("Pavel Orlov (guest)", "EGY (host)");
  }

  @Test
  void aFormerPostIsNoPost() {
    DocumentRecord record =
        ExtractorTesting.extract(
            null,
            "Omar Nabil, who served as Egypt's foreign minister under deposed President Samir"
                + " Fahmy, met Foreign Minister of Jordan Laila Haddad in Amman on Monday.",
            "2021-03-10");

    assertThat(ExtractorTesting.people(record))
        .containsExactly("Laila Haddad | Minister of Foreign Affairs | JOR | -");
  }

  @Test
  void aPluralTitleDescribesNoOne() {
    DocumentRecord record =
        ExtractorTesting.extract(
            null,
            "Foreign Minister of Egypt Omar Nabil opened the session in Cairo on Monday. Arab"
                + " foreign ministers met the Secretary-General of the Arab League Karim Mansour"
                + " afterwards.",
            "2021-03-10");

    assertThat(ExtractorTesting.people(record))
        .containsExactlyInAnyOrder(
            "Omar Nabil | Minister of Foreign Affairs | EGY | -",
            "Karim Mansour | Secretary-General | LAS | -");
    for (Meeting meeting : record.events(Meeting.class)) {
      assertThat(ExtractorTesting.participants(record, meeting))
          .doesNotContain("Omar Nabil (participant)", "Omar Nabil (guest)", "Omar Nabil (host)");
    }
  }
}
