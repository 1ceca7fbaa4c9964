package org.attache.pipeline.lang.ru;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.DocumentRecord;
import org.attache.model.Meeting;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/**
 * Meetings told in Russian, on sentences written for this test (the people are invented): a meeting
 * held, not one planned, and the course of a meeting told once.
 */
class RussianMeetingsTest {
  private static List<List<String>> meetings(String body) {
    DocumentRecord record = RussianTesting.extract(body, "2024-10-08");
    return record.events(Meeting.class).stream()
        .map(m -> ExtractorTesting.participants(record, m))
        .toList();
  }

  @Test
  void tellsTheMeetingOnceThoughItsCourseNamesStates() {
    assertThat(
            meetings(
                "Министр иностранных дел Монголии Бат Эрдэнэ провел переговоры с Генеральным"
                    + " секретарем ОДКБ Иваном Петровым. В ходе переговоров обсуждены вопросы"
                    + " председательства Армении в ОДКБ."))
        .containsExactly(List.of("Бат Эрдэнэ (host)", "Иван Петров (guest)"));
  }

  @Test
  void makesNoMeetingOfOneOnlyPlanned() {
    assertThat(
            meetings(
                "Дипломаты Индии и Китая проведут консультации в Дели. Консультации пройдут в"
                    + " ближайшие дни."))
        .isEmpty();
  }

  @Test
  void makesNoNewMeetingOfStatesAfterOneBetweenPeople() {
    assertThat(
            meetings(
                "Посол Египта Ахмед Салем встретился с Министром иностранных дел Киргизии Аскаром"
                    + " Бекиевым. Египет и Киргизия договорились о встрече экспертов."))
        .containsExactly(List.of("Ахмед Салем (host)", "Аскар Бекиев (guest)"));
  }

  @Test
  void keepsTheNamedMeetingForTheHeadlineThatSummarisesIt() {
    assertThat(
            meetings(
                "Генеральный секретарь ОДКБ встретился с Министром обороны Армении\n"
                    + "Генеральный секретарь ОДКБ Иван Петров встретился с Министром обороны"
                    + " Армении Ашотом Манукяном."))
        .containsExactly(List.of("Иван Петров (host)", "Ашот Манукян (guest)"));
  }
}
