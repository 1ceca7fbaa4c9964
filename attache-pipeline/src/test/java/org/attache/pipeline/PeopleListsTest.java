package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.attache.model.DocumentRecord;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * People whose post is said by a verb, listed under a plural title, written with their state after
 * a comma, or named with a post they no longer hold; on short texts written for the test (the
 * people are invented).
 */
class PeopleListsTest {
  private static DocumentRecord extract(String body) {
    return ExtractorTesting.extract(null, body, "2023-05-10");
  }

  /** A construction, a text written for it, and how the rows of the people it names begin. */
  static Stream<Arguments> postsRead() {
    return Stream.of(
        Arguments.of(
            "a title said of a name by a verb is their post",
            "Peru's Lucia Romero was the first ambassador to be received by the President in the"
                + " new palace on Monday.",
            List.of("Lucia Romero | Ambassador | PER |")),
        Arguments.of(
            "a plural title before a list of names with their states is distributed",
            "The President received the credentials of the new ambassadors: Anna Lind from"
                + " Sweden, and Pablo Ortega from Uruguay.",
            List.of("Anna Lind | Ambassador | SWE |", "Pablo Ortega | Ambassador | URY |")),
        Arguments.of(
            "a plural title in the sentence before a dashed list is distributed",
            "The Minister met the ambassadors of three states on Tuesday. They were: Finland –"
                + " Mikko Laine; Chile – Rosa Vidal.",
            List.of("Mikko Laine | Ambassador | FIN |", "Rosa Vidal | Ambassador | CHL |")),
        Arguments.of(
            "the state closing the line after a name is served",
            "The forum was opened by the chair. Speakers: Ambassador Ilse Maier, Austria; Minister"
                + " Counsellor Tomas Novak, Czech Republic.",
            List.of("Ilse Maier | Ambassador | AUT |")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("postsRead")
  void thePostIsRead(String construction, String text, List<String> rowStarts) {
    List<String> people = ExtractorTesting.people(extract(text));

    for (String start : rowStarts) {
      assertThat(people).as(construction).anyMatch(p -> p.startsWith(start));
    }
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
