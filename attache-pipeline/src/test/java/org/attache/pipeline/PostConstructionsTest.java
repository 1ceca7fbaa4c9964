package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.model.DocumentRecord;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/**
 * How posts are read where the knowledge base holds only a title's head, where a bracket, a
 * ministry or a delegation stands beside it, and where several titles go with one name; on short
 * texts written for the test (the people are invented).
 */
class PostConstructionsTest {
  private static DocumentRecord extract(String body) {
    return ExtractorTesting.extract(null, body, "2023-05-10");
  }

  @Test
  void aPortfolioAfterTheTitleIsPartOfIt() {
    DocumentRecord record =
        extract(
            "British Minister for Latin America Thomas Whitfield met the Chilean Foreign Minister"
                + " in London on Tuesday.");

    assertThat(ExtractorTesting.posts(record))
        .contains("Thomas Whitfield | Minister for Latin America | GBR | -");
  }

  @Test
  void theStateAfterAPortfolioIsServed() {
    DocumentRecord record =
        extract(
            "The Secretary of Social Welfare and Development of the Republic of the Philippines"
                + " Maria Santos met the Thai Ambassador in Manila on Monday.");

    assertThat(ExtractorTesting.posts(record))
        .contains("Maria Santos | Secretary of Social Welfare and Development | PHL | -");
  }

  @Test
  void anOfficeOfALocalGovernmentServesItsState() {
    DocumentRecord record =
        extract(
            "Director General of the Foreign Affairs Office of Harbin Municipal People's"
                + " Government Li Wenjun met the Secretary-General of the ASEAN-China Centre on"
                + " Monday.");

    assertThat(ExtractorTesting.posts(record))
        .contains("Li Wenjun | Director-General of the Foreign Affairs Office of Harbin | CHN | -");
  }

  @Test
  void aBodyNamedAfterAStateServesNoState() {
    DocumentRecord record =
        extract(
            "Vice President of China Public Diplomacy Association Mr. Zhou Ming met the"
                + " Secretary-General of the ASEAN-China Centre on Monday.");

    assertThat(ExtractorTesting.posts(record))
        .contains("Zhou Ming | Vice President of China Public Diplomacy Association | - | -");
  }

  @Test
  void aBracketedAcronymAfterTheOrganisationDoesNotHideTheName() {
    DocumentRecord record =
        extract(
            "The Secretary General of the Organization for Security and Co-operation in Europe"
                + " (OSCE) H.E. Anna Berger met the Austrian Foreign Minister in Vienna.");

    assertThat(ExtractorTesting.posts(record))
        .contains("Anna Berger | Secretary-General | OSCE | -");
  }

  @Test
  void aBracketedAcronymBeforeTheTitleNamesTheOrganisation() {
    DocumentRecord record =
        extract(
            "ASEAN-China Centre (ACC) Secretary-General H.E. Mme. Lin Hua met the Ambassador of"
                + " Thailand on Monday.");

    assertThat(ExtractorTesting.posts(record)).contains("Lin Hua | Secretary-General | ACC | -");
  }

  @Test
  void aStateBeforeAPortfolioOnTheLeftIsServed() {
    DocumentRecord record =
        extract(
            "Zimbabwe's Education, Sports and Culture Minister Tendai Moyo met the British"
                + " Ambassador in Harare on Monday.");

    assertThat(ExtractorTesting.posts(record))
        .contains("Tendai Moyo | Minister of Culture | ZWE | -");
  }

  @Test
  void theMinistryNamedWithThePostTellsWhoseItIs() {
    DocumentRecord record =
        extract(
            "The Azerbaijani Foreign Minister received a delegation led by Mark Ellison, Deputy"
                + " Assistant Secretary in the Bureau of European Affairs at the US Department of"
                + " State.");

    assertThat(ExtractorTesting.people(record))
        .contains("Mark Ellison | Deputy Assistant Secretary | USA | -");
  }

  @Test
  void anEmbassyInAStateGivesTheEnvoyBothSides() {
    DocumentRecord record =
        extract(
            "The Secretary General of the GCC received US Chargé d’Affaires of the US Embassy in"
                + " Saudi Arabia Laura Kent in Riyadh.");

    assertThat(ExtractorTesting.people(record))
        .contains("Laura Kent | Chargé d'Affaires | USA | SAU");
  }

  @Test
  void anEnvoyToACapitalIsAccreditedToItsState() {
    DocumentRecord record =
        extract(
            "The Kazakh Minister of Culture met with Azerbaijani Ambassador to Astana Elchin"
                + " Aliyev on Monday.");

    assertThat(ExtractorTesting.people(record)).contains("Elchin Aliyev | Ambassador | AZE | KAZ");
  }

  @Test
  void theBlocIsTheOrganisationNamedBefore() {
    DocumentRecord record =
        extract(
            "The Secretary-General of ASEAN met Nguyen Thi Lan, the new ambassador and permanent"
                + " representative of Vietnam to the bloc, in Jakarta on May 13.");

    assertThat(ExtractorTesting.posts(record))
        .contains(
            "Nguyen Thi Lan | Permanent Representative | VNM | ASEAN",
            "Nguyen Thi Lan | Ambassador | VNM | -");
  }

  @Test
  void titlesJoinedBeforeANameAreAllItsPosts() {
    DocumentRecord record =
        extract("Chinese State Councilor and Foreign Minister Zhao Lei met the Thai Ambassador.");

    assertThat(ExtractorTesting.posts(record))
        .contains(
            "Zhao Lei | Minister of Foreign Affairs | CHN | -",
            "Zhao Lei | State Councillor | CHN | -");
  }

  @Test
  void aTitleJoinedByADashSharesItsState() {
    DocumentRecord record =
        extract(
            "Deputy Prime Minister of Kazakhstan – Foreign Minister Aidar Serikov met the Russian"
                + " Ambassador in Astana.");

    assertThat(ExtractorTesting.posts(record))
        .contains(
            "Aidar Serikov | Minister of Foreign Affairs | KAZ | -",
            "Aidar Serikov | Deputy Prime Minister | KAZ | -");
  }

  @Test
  void aTitleWithAnArticleJoinedByAndIsSomeoneElse() {
    DocumentRecord record =
        extract(
            "NATO Secretary General arrived in Athens for talks. The Secretary General and Prime"
                + " Minister Nikos Petrou discussed security.");

    assertThat(ExtractorTesting.posts(record))
        .noneMatch(post -> post.startsWith("Nikos Petrou | Secretary-General"));
  }

  @Test
  void theLeaderOfADelegationServesItsState() {
    DocumentRecord record =
        extract(
            "During the consultations, the delegation of the Republic of Azerbaijan was led by"
                + " Deputy Minister Rauf Karimov, and the delegation of Australia was led by Emma"
                + " Clarke, Deputy Secretary of the Europe Division.");

    assertThat(ExtractorTesting.posts(record))
        .contains(
            "Rauf Karimov | Deputy Minister | AZE | -",
            "Emma Clarke | Deputy Secretary of the Europe Division | AUS | -");
  }

  @Test
  void aParliamentNamesItsState() {
    DocumentRecord record =
        extract(
            "Lavrov will meet President Batbayar Enkh and Chairman of the State Great Khural"
                + " Tsogt Baatar in Ulaanbaatar.");

    assertThat(ExtractorTesting.posts(record)).contains("Tsogt Baatar | Chairman | MNG | -");
  }
}
