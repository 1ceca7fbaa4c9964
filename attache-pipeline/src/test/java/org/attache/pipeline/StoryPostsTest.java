package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.model.DocumentRecord;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/**
 * What the story tells about a post whose phrase names no state or organisation: where an envoy is
 * accredited, whom a head of state receiving credentials serves, which state an office holder
 * serves, which organisation its official; on short texts written for the test (the people are
 * invented).
 */
class StoryPostsTest {
  private static DocumentRecord extract(String body) {
    return ExtractorTesting.extract(null, body, "2023-05-10");
  }

  @Test
  void anEnvoyIsAccreditedToTheStateOfTheMinisterTheyMeet() {
    DocumentRecord record =
        extract(
            "Foreign Minister of Kyrgyzstan Talant Asanov met with the newly appointed Ambassador"
                + " of Turkey Kemal Aydin on Monday.");

    assertThat(ExtractorTesting.people(record)).contains("Kemal Aydin | Ambassador | TUR | KGZ");
  }

  @Test
  void anEnvoyIsAccreditedToTheCountryOfTheDateline() {
    DocumentRecord record =
        extract(
            "RIYADH: The Secretary-General of the Gulf Cooperation Council received EU Ambassador"
                + " Marc Delorme on Monday.");

    assertThat(ExtractorTesting.people(record)).contains("Marc Delorme | Ambassador | EU | SAU");
  }

  @Test
  void aMissionsStaffServeWhereTheirAmbassadorIsAccredited() {
    DocumentRecord record =
        extract(
            "The Secretary-General met Chinese Ambassador to the Republic of Korea Zhou Bin and"
                + " Minister Counselor of the Chinese Embassy Liang Wei on Monday.");

    assertThat(ExtractorTesting.people(record))
        .contains("Liang Wei | Minister-Counsellor | CHN | KOR");
  }

  @Test
  void aHeadOfStateReceivingCredentialsServesTheStateTheEnvoysAreAccreditedTo() {
    DocumentRecord record =
        extract(
            "President Amara Tesfaye has received the credentials of five newly appointed"
                + " ambassadors to Ethiopia in a ceremony held at the palace today.");

    assertThat(ExtractorTesting.people(record)).contains("Amara Tesfaye | President | ETH | -");
  }

  @Test
  void anOfficeHolderServesTheStateNamedBesideThemThatNoOneElseHoldsTheOfficeFor() {
    DocumentRecord record =
        extract(
            "The two governments plan to sign the deal when Japanese Prime Minister Kenji Sato"
                + " visits India for talks with Prime Minister Rohan Mehta in December.");

    assertThat(ExtractorTesting.people(record))
        .contains(
            "Rohan Mehta | Prime Minister | IND | -", "Kenji Sato | Prime Minister | JPN | -");
  }

  @Test
  void anOrganisationsOfficialServesTheOrganisationTheStoryNames() {
    DocumentRecord record =
        extract(
            "Secretary General Lars Holm welcomed Polish Defence Minister Adam Nowak to NATO"
                + " Headquarters on Thursday, ahead of the meeting of NATO defence ministers.");

    assertThat(ExtractorTesting.people(record))
        .contains("Lars Holm | Secretary-General | NATO | -");
  }

  @Test
  void aPluralTitleOverAsManyStatesAsNamesIsDistributed() {
    DocumentRecord record =
        extract(
            "The heads of the foreign affairs agencies of the Russian Federation and the United"
                + " States, Pavel Orlov and John Carter, discussed the preparations by phone.");

    assertThat(ExtractorTesting.people(record))
        .contains(
            "Pavel Orlov | Minister of Foreign Affairs | RUS | -",
            "John Carter | Minister of Foreign Affairs | USA | -");
  }

  @Test
  void theCounterpartOfSomeoneNamedEarlierHoldsTheirPost() {
    DocumentRecord record =
        extract(
            "President Li Wen wrapped up his state visit to Russia on Sunday. During the visit, Li"
                + " and his Russian counterpart Ivan Sokolov vowed to deepen cooperation.");

    assertThat(ExtractorTesting.people(record)).contains("Ivan Sokolov | President | RUS | -");
  }

  @Test
  void theOnePersonNamedWithoutAPostHoldsThePluralOffice() {
    DocumentRecord record =
        ExtractorTesting.extract(
            "Foreign ministers of Uzbekistan and Kuwait discuss cooperation",
            "In a message on his channel, Rustamov expressed satisfaction with the growing ties"
                + " between Uzbekistan and Kuwait. Uzbekistan is keen to expand trade.",
            "2024-09-27");

    assertThat(ExtractorTesting.people(record))
        .contains("Rustamov | Minister of Foreign Affairs | UZB | -");
  }
}
