package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attache.model.DocumentRecord;
import org.attache.model.Meeting;
import org.attache.pipeline.read.SourceDocument;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/**
 * Whom an office holder serves when the text does not say, and who takes part in a credentials
 * ceremony, on short texts written for the test (the people are invented).
 */
class AffiliationsTest {
  @Test
  void aVisitorServesAnotherStateThanTheOneVisitedAndTheHostServesThatOne() {
    DocumentRecord record =
        ExtractorTesting.extract(
            null,
            "During his first visit to China in three years, Foreign Minister Kenji Sato held"
                + " talks with Foreign Minister Wei Lan.\n\n"
                + "The Government of Japan intends to continue dialogue with China.",
            "2023-04-02");

    assertThat(ExtractorTesting.people(record))
        .containsExactlyInAnyOrder(
            "Kenji Sato | Minister of Foreign Affairs | JPN | -",
            "Wei Lan | Minister of Foreign Affairs | CHN | -");
  }

  @Test
  void anOfficialOnAnOrganisationsOwnSiteServesIt() {
    SourceDocument document =
        new SourceDocument(
            "test",
            Optional.of("Press remarks by High Representative Marta Lind"),
            Optional.of(LocalDate.parse("2021-05-10")),
            "High Representative Marta Lind met Foreign Minister of Serbia Petar Ilic in Brussels"
                + " on Monday.",
            Optional.of("https://www.eeas.europa.eu/eeas/press-remarks_en"));

    DocumentRecord record = ExtractorTesting.extractor().extract(document);

    assertThat(ExtractorTesting.people(record))
        .containsExactlyInAnyOrder(
            "Marta Lind | High Representative | EU | -",
            "Petar Ilic | Minister of Foreign Affairs | SRB | -");
  }

  @Test
  void credentialsFromAmbassadorsNamedByTheirStates() {
    DocumentRecord record =
        ExtractorTesting.extract(
            null,
            "MOSCOW, November 26. Russian President Ivan Petrov received credentials on Thursday"
                + " from the ambassadors of Sweden, Estonia, South Ossetia and Malaysia.",
            "2015-11-26");

    List<Meeting> meetings = record.events(Meeting.class);
    assertThat(meetings).hasSize(1);
    assertThat(meetings.get(0).date()).contains("2015-11-26");
    assertThat(ExtractorTesting.participants(record, meetings.get(0)))
        .containsExactlyInAnyOrder(
            "Ivan Petrov (host)", "SWE (guest)", "EST (guest)", "MYS (guest)");
  }

  @Test
  void aDateInASinceClauseDatesSomethingElse() {
    DocumentRecord record =
        ExtractorTesting.extract(
            null,
            "BEIJING, May 11. Chinese President Li Wen held talks Thursday with Vietnamese"
                + " President Tran Van Minh, who is on a state visit to China.\n\n"
                + "This is Minh's first visit to China since he took office in April 2016.",
            "2017-05-11");

    List<Meeting> meetings = record.events(Meeting.class);
    assertThat(meetings).hasSize(1);
    assertThat(meetings.get(0).date()).contains("2017-05-11");
  }

  @Test
  void aMeetingToComeInAFramedSentenceIsNotHeld() {
    DocumentRecord record =
        ExtractorTesting.extract(
            null,
            "During the meeting, the heads of the CSTO member states will sum up the results of"
                + " the chairmanship of Kazakhstan.",
            "2018-11-01");

    assertThat(record.events(Meeting.class)).isEmpty();
  }
}
