package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.model.DocumentRecord;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/**
 * Which words make a person's name: photo credits, headline verbs, styles, regions and the names of
 * bodies; on short texts written for the test (the people are invented).
 */
class NameConstructionsTest {
  private static DocumentRecord extract(String title, String body) {
    return ExtractorTesting.extract(title, body, "2023-05-10");
  }

  @Test
  void aPhotographerIsNoOneInTheStory() {
    DocumentRecord record =
        extract(
            null,
            "Chinese Foreign Minister Zhao Lei meets Thai Foreign Minister Somchai Rattanakul in"
                + " Beijing. (Xinhua/Liu Dawei)");

    assertThat(ExtractorTesting.names(record)).doesNotContain("Liu Dawei");
  }

  @Test
  void aHeadlineVerbEndsTheName() {
    DocumentRecord record =
        extract(
            "Foreign Minister Orlov Meets Egyptian Counterpart",
            "Russian Foreign Minister Pavel Orlov met Egyptian Foreign Minister Karim Mansour in"
                + " Cairo.");

    assertThat(ExtractorTesting.names(record)).doesNotContain("Orlov Meets");
  }

  @Test
  void aStyleBeforeANameIsPartOfIt() {
    DocumentRecord record =
        extract(
            null,
            "President Rahim informed the Secretary-General that Bangladeshi Prime Minister Sheikh"
                + " Nasrin would attend the summit.");

    assertThat(ExtractorTesting.people(record))
        .contains("Sheikh Nasrin | Prime Minister | BGD | -");
  }

  @Test
  void stylesBetweenATitleAndANameDoNotHideIt() {
    DocumentRecord record =
        extract(
            null,
            "Indian Foreign Minister Arjun Rao met his counterpart from Brunei, Dato Seri Haji"
                + " Karim Yusof, on Monday.");

    assertThat(ExtractorTesting.people(record))
        .contains("Dato Seri Haji Karim Yusof | Minister of Foreign Affairs | BRN | -");
  }

  @Test
  void aRegionIsNoPartOfAName() {
    DocumentRecord record =
        extract(
            null,
            "Writing for a newspaper, British Minister for Africa Henry Whitcombe talked about"
                + " Sudan.");

    assertThat(ExtractorTesting.names(record)).containsExactly("Henry Whitcombe");
  }

  @Test
  void theNameOfADivisionIsNoOnesName() {
    DocumentRecord record =
        extract(
            null,
            "Director of General Affairs and Coordination Division of ACC Ms. Wang Lin was present"
                + " at the meeting.");

    assertThat(ExtractorTesting.names(record)).containsExactly("Wang Lin");
  }

  @Test
  void aTitleWordThatOpensAHyphenatedNameIsPartOfTheName() {
    DocumentRecord record =
        extract(
            null,
            "Iranian Foreign Minister Amir-Rostami met his Uzbek counterpart in Tehran. Amir-Rostami"
                + " said Iran is happy with the growing ties.");

    assertThat(ExtractorTesting.names(record)).contains("Amir-Rostami");
  }

  @Test
  void aCapitalisedWordClosingTheSentenceAfterATitleEndsTheName() {
    DocumentRecord record =
        extract(
            null,
            "The Secretary General of the GCC today received US Chargé d’Affaires of the US Embassy"
                + " in Saudi Arabia Martha Strong.");

    assertThat(ExtractorTesting.people(record))
        .contains("Martha Strong | Chargé d'Affaires | USA | SAU");
  }
}
