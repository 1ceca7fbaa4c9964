package org.attache.pipeline.lang.ru;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.DocumentRecord;
import org.attache.model.Statement;
import org.junit.jupiter.api.Test;

/**
 * Speakers a Russian sentence does not name, on sentences written for this test (the people are
 * invented): a pronoun, the sides of a meeting, one side by its adjective, a verb with no subject.
 */
class RussianSpeakersTest {
  private static final String MEETING =
      "Министр иностранных дел Армении Ашот Манукян провел переговоры с послом Индии Анной"
          + " Петровой. ";

  private static List<String> statements(String body) {
    DocumentRecord record = RussianTesting.extract(body, "2024-10-08");
    return record.events(Statement.class).stream()
        .map(s -> record.actor(s.speaker()).orElseThrow().name() + " " + s.stance())
        .toList();
  }

  @Test
  void takesThePersonNamedLastOfThePronounsGender() {
    assertThat(
            statements(
                MEETING
                    + "Она подчеркнула важность диалога. Затем он отметил рост торговли между"
                    + " странами."))
        .containsExactly("Анна Петрова COMMENT", "Ашот Манукян COMMENT");
  }

  @Test
  void takesTheParticipantWhoServesTheSideItsAdjectiveNames() {
    assertThat(
            statements(
                MEETING
                    + "Индийская сторона подтвердила приверженность развитию связей. Стороны"
                    + " подтвердили готовность к диалогу."))
        .containsExactly(
            "Анна Петрова INTENT_TO_COOPERATE",
            "Ашот Манукян INTENT_TO_COOPERATE",
            "Анна Петрова INTENT_TO_COOPERATE");
  }

  @Test
  void takesTheSidesForAPluralVerbWithNoSubject() {
    assertThat(statements(MEETING + "Констатировали совпадение позиций по вопросам региона."))
        .containsExactly("Ашот Манукян AGREEMENT", "Анна Петрова AGREEMENT");
  }

  @Test
  void takesTheSpeakerAnAttributionAfterTheWordsNames() {
    assertThat(
            statements(
                "\"Стороны обсудили подготовку к саммиту\", - сообщил пресс-секретарь ОДКБ Павел"
                    + " Сидоров."))
        .containsExactly("Павел Сидоров COMMENT");
  }

  @Test
  void tellsAWomansNameFromHerSurnameOrHerFirstName() {
    assertThat(RussianSpeakers.female("Анна Петрова")).isTrue();
    assertThat(RussianSpeakers.female("Мария Матвиенко")).isTrue();
    assertThat(RussianSpeakers.female("Павел Сидоров")).isFalse();
    assertThat(RussianSpeakers.female("Олег Матвиенко")).isFalse();
  }
}
