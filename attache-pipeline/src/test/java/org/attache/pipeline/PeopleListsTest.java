package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.model.DocumentRecord;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/**
 * People whose post is said by a verb, listed under a plural title, written with their state after
 * a comma, or named with a post they no longer hold; on short texts written for the test (the
 * people are invented).
 */
class PeopleListsTest {
  private static DocumentRecord extract(String body) {
    return ExtractorTesting.extract(null, body, "2023-05-10");
  }

  @Test
  void aTitleSaidOfANameByAVerbIsTheirPost() {
    DocumentRecord record =
        extract(
            "Peru's Lucia Romero was the first ambassador to be received by the President in the"
                + " new palace on Monday.");

    assertThat(ExtractorTesting.people(record))
        .anyMatch(p -> p.startsWith("Lucia Romero | Ambassador | PER |"));
  }

  @Test
  void aTitleANameBecameIsTheirPost() {
    DocumentRecord record =
        extract(
            "Goran Petrovic became the Minister of Foreign Affairs of Serbia in a government formed"
                + " on Monday.");

    assertThat(ExtractorTesting.people(record))
        .contains("Goran Petrovic | Minister of Foreign Affairs | SRB | -");
  }

  @Test
  void aPluralTitleBeforeAListOfNamesWithTheirStatesIsDistributed() {
    DocumentRecord record =
        extract(
            "The President received the credentials of the new ambassadors: Anna Lind from"
                + " Sweden, and Pablo Ortega from Uruguay.");

    assertThat(ExtractorTesting.people(record))
        .anyMatch(p -> p.startsWith("Anna Lind | Ambassador | SWE |"))
        .anyMatch(p -> p.startsWith("Pablo Ortega | Ambassador | URY |"));
  }

  @Test
  void aPluralTitleInTheSentenceBeforeADashedListIsDistributed() {
    DocumentRecord record =
        extract(
            "The Minister met the ambassadors of three states on Tuesday. They were: Finland –"
                + " Mikko Laine; Chile – Rosa Vidal.");

    assertThat(ExtractorTesting.people(record))
        .anyMatch(p -> p.startsWith("Mikko Laine | Ambassador | FIN |"))
        .anyMatch(p -> p.startsWith("Rosa Vidal | Ambassador | CHL |"));
  }

  @Test
  void theStateClosingTheLineAfterANameIsServed() {
    DocumentRecord record =
        extract(
            "The forum was opened by the chair. Speakers: Ambassador Ilse Maier, Austria; Minister"
                + " Counsellor Tomas Novak, Czech Republic.");

    assertThat(ExtractorTesting.people(record))
        .anyMatch(p -> p.startsWith("Ilse Maier | Ambassador | AUT |"));
  }

  @Test
  void someoneNamedWithAPastPostIsKeptWithNoPost() {
    DocumentRecord record =
        extract(
            "The Foreign Minister of Greece Eleni Kostas recalled the work of former Prime Minister"
                + " of Italy Marco Bellini for the region.");

    assertThat(ExtractorTesting.names(record)).contains("Marco Bellini");
    assertThat(ExtractorTesting.posts(record)).noneMatch(p -> p.startsWith("Marco Bellini"));
  }

  @Test
  void thePersonNamedMostWithoutAPostIsThePresidentTheStoryDescribes() {
    DocumentRecord record =
        ExtractorTesting.extract(
            "President receives the Foreign Minister of Ghana",
            "The President received the Foreign Minister of Ghana Kofi Mensah at the palace in"
                + " Tashkent on Monday. Mirzaev noted the growth of trade. Mirzaev also thanked the"
                + " guest for the invitation.",
            "2023-05-10");

    assertThat(ExtractorTesting.people(record))
        .anyMatch(p -> p.startsWith("Mirzaev | President |"));
  }
}
