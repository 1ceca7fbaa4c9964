package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.model.DocumentRecord;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/**
 * Whose post a local official and a parliament's officer hold, and that a description on the other
 * side of a verb is someone else; on short texts written for the test (the people are invented).
 */
class LocalAndParliamentPostsTest {
  private static DocumentRecord extract(String body) {
    return ExtractorTesting.extract(null, body, "2024-03-12");
  }

  @Test
  void aMayorServesTheStateOfTheCityTheTitleNames() {
    DocumentRecord record =
        extract("Mayor of Kazan Ilnar Safin met the Consul General of Türkiye on Monday.");

    assertThat(ExtractorTesting.people(record)).contains("Ilnar Safin | Mayor of Kazan | RUS | -");
  }

  @Test
  void aDeputyMayorServesTheStateOfTheCityTheTitleNames() {
    DocumentRecord record =
        extract(
            "Vice-Mayor of Shanghai Zhou Lan met the Ambassador of Chile in Shanghai on Monday.");

    assertThat(ExtractorTesting.people(record))
        .contains("Zhou Lan | Deputy Mayor of Shanghai | CHN | -");
  }

  @Test
  void theParliamentAfterTheTitleIsNotPartOfTheName() {
    DocumentRecord record =
        extract(
            "Speaker of the Mazhilis Daulet Serikov met the Speaker of the Grand National Assembly"
                + " of Türkiye in Astana on Monday.");

    assertThat(ExtractorTesting.people(record)).contains("Daulet Serikov | Speaker | KAZ | -");
  }

  @Test
  void aDescriptionAcrossAVerbLendsItsStateToNoOne() {
    DocumentRecord record =
        extract(
            "Speaker Ana Torres met the Speaker of the Parliament of Serbia in Belgrade on"
                + " Monday.");

    assertThat(ExtractorTesting.posts(record)).noneMatch(p -> p.contains("| SRB |"));
  }

  @Test
  void theOnePersonWithoutAPostIsNotTheOneTheyMeet() {
    DocumentRecord record =
        extract(
            "The head of the upper house, Olga Vetrova, met the Speaker of the Parliament of"
                + " Serbia on Monday.");

    assertThat(ExtractorTesting.posts(record)).noneMatch(p -> p.startsWith("Olga Vetrova"));
  }
}
