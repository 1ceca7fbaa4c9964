package org.attache.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports of agreements, written for this test, stored by the standard extractor two at a time:
 * only reports of one instrument (the same parties, the same instrument, dates that agree) make one
 * agreement.
 */
class AgreementMergeTest {
  private static final String SCO_ASEAN_2005 =
      """
      TITLE: SCO and ASEAN review their cooperation
      DATE: 2021-03-02
      SOURCE: https://example.org/sco-asean
      ---
      Beijing, 2 March 2021 - Officials of the Shanghai Cooperation Organisation and the \
      Association of Southeast Asian Nations recalled the memorandum of understanding between the \
      SCO and ASEAN signed in 2005.
      """;

  private static final String SCO_ASEAN_UNDATED =
      """
      TITLE: ASEAN and SCO secretariats meet
      DATE: 2021-03-05
      SOURCE: https://example.org/asean-sco
      ---
      The secretariats of ASEAN and the SCO discussed the implementation of the memorandum of \
      understanding between ASEAN and the SCO.
      """;

  private static final String SCO_ASEAN_2015 =
      """
      TITLE: SCO and ASEAN look back
      DATE: 2015-04-10
      SOURCE: https://example.org/sco-asean-2015
      ---
      The Shanghai Cooperation Organisation and ASEAN recalled the 2015 memorandum of \
      understanding between the SCO and ASEAN.
      """;

  private static final String SCO_MONGOLIA =
      """
      TITLE: SCO and Mongolia sign a memorandum
      DATE: 2025-06-10
      SOURCE: https://example.org/sco-mongolia
      ---
      On 10 June 2025, the Shanghai Cooperation Organisation and Mongolia signed a memorandum of \
      understanding on cooperation in education.
      """;

  @TempDir Path folder;

  /** Each agreement stored: instrument, year signed, sources and party codes. */
  private List<String> agreements(String... reports) throws IOException {
    for (int i = 0; i < reports.length; i++) {
      Files.writeString(folder.resolve("report-" + i + ".txt"), reports[i], UTF_8);
    }
    Database database = TestingPostgres.freshDatabase("agreement_merge");
    IngestSummary summary = TestingIngest.ingest(database, folder);
    assertThat(summary.stored()).isEqualTo(reports.length);
    return TestingStore.rows(
            database,
            "SELECT a.instrument, coalesce(a.signed, '-'), a.sources,"
                + " (SELECT string_agg(o.code, '-' ORDER BY o.code) FROM agreement_party p"
                + " JOIN organisation o ON o.id = p.organisation_id WHERE p.agreement_id = a.id)"
                + " FROM agreement_view a ORDER BY 4, 2")
        .stream()
        .map(row -> String.join(" ", row).toLowerCase(Locale.ROOT))
        .toList();
  }

  @Test
  void aMemorandumWithAnotherPartnerIsAnotherMemorandum() throws IOException {
    assertThat(agreements(SCO_ASEAN_2005, SCO_MONGOLIA))
        .containsExactly(
            "memorandum_of_understanding 2005 1 asean-sco",
            "memorandum_of_understanding 2025-06-10 1 mng-sco");
  }

  @Test
  void anUndatedReportOfTheSameInstrumentIsThatInstrument() throws IOException {
    assertThat(agreements(SCO_ASEAN_2005, SCO_ASEAN_UNDATED))
        .containsExactly("memorandum_of_understanding 2005 2 asean-sco");
  }

  @Test
  void anotherYearIsAnotherInstrument() throws IOException {
    assertThat(agreements(SCO_ASEAN_2005, SCO_ASEAN_2015))
        .containsExactly(
            "memorandum_of_understanding 2005 1 asean-sco",
            "memorandum_of_understanding 2015 1 asean-sco");
  }

  @Test
  void agreementsOfKazakhstanAndOfChinaWithTheUnitedKingdomAreTwo() throws IOException {
    assertThat(
            agreements(
                report(
                    "2023-05-04",
                    "Kazakhstan and the United Kingdom signed an agreement on cooperation in"
                        + " science."),
                report(
                    "2023-05-05",
                    "The United Kingdom and China signed an agreement on cooperation in trade.")))
        .containsExactly("agreement - 1 chn-gbr", "agreement - 1 gbr-kaz");
  }

  @Test
  void agreementsOfThePhilippinesAndOfPakistanWithSriLankaAreTwo() throws IOException {
    assertThat(
            agreements(
                report(
                    "",
                    "Sri Lanka and the Philippines signed an agreement on cooperation in"
                        + " agriculture."),
                report("", "Pakistan and Sri Lanka signed an agreement on cooperation in health.")))
        .containsExactly("agreement - 1 lka-pak", "agreement - 1 lka-phl");
  }

  @Test
  void memorandaOfBruneiAndOfJapanWithIndiaAreTwo() throws IOException {
    assertThat(
            agreements(
                report(
                    "2021-02-18",
                    "Brunei and India signed a memorandum of understanding on cooperation in space"
                        + " research."),
                report(
                    "2021-02-19",
                    "India and Japan signed a memorandum of understanding on cooperation in space"
                        + " research.")))
        .containsExactly(
            "memorandum_of_understanding - 1 brn-ind", "memorandum_of_understanding - 1 ind-jpn");
  }

  @Test
  void undatedAgreementsOfOnePairInReportsOfUnknownDateAreTwo() throws IOException {
    assertThat(
            agreements(
                report("", "Pakistan and Sri Lanka signed an agreement on cooperation in health."),
                report(
                    "",
                    "Pakistan and Sri Lanka have signed an agreement that will expand shipping links"
                        + " between Karachi and Colombo, officials said on Tuesday.")))
        .containsExactly("agreement - 1 lka-pak", "agreement - 1 lka-pak");
  }

  @Test
  void aCopyOfAnUndatedReportTellsOfTheSameAgreement() throws IOException {
    String health = "Pakistan and Sri Lanka signed an agreement on cooperation in health.";
    assertThat(agreements(report("", health), report("", health + " The report was reposted.")))
        .containsExactly("agreement - 2 lka-pak");
  }

  private static String report(String published, String body) {
    return "TITLE: News in brief\nDATE: " + published + "\nSOURCE: test\n---\n" + body + "\n";
  }
}
