package org.attache.pipeline.lang.ru;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Meetings told in Russian, on sentences written for this test (the people are invented): a meeting
 * held, not one planned, and the course of a meeting told once.
 */
class RussianMeetingsTest {
  @Test
  void tellsTheMeetingOnceThoughItsCourseNamesStates() {
    assertThat(
            RussianTesting.meetings(
                "Министр иностранных дел Монголии Бат Эрдэнэ провел переговоры с Генеральным"
                    + " секретарем ОДКБ Иваном Петровым. В ходе переговоров обсуждены вопросы"
                    + " председательства Армении в ОДКБ."))
        .containsExactly(List.of("Бат Эрдэнэ (host)", "Иван Петров (guest)"));
  }

  @Test
  void makesNoMeetingOfOneOnlyPlanned() {
    assertThat(
            RussianTesting.meetings(
                "Дипломаты Индии и Китая проведут консультации в Дели. Консультации пройдут в"
                    + " ближайшие дни."))
        .isEmpty();
  }

  @Test
  void makesNoNewMeetingOfStatesAfterOneBetweenPeople() {
    assertThat(
            RussianTesting.meetings(
                "Посол Египта Ахмед Салем встретился с Министром иностранных дел Киргизии Аскаром"
                    + " Бекиевым. Египет и Киргизия договорились о встрече экспертов."))
        .containsExactly(List.of("Ахмед Салем (host)", "Аскар Бекиев (guest)"));
  }

  @Test
  void keepsTheNamedMeetingForTheHeadlineThatSummarisesIt() {
    assertThat(
            RussianTesting.meetings(
                "Генеральный секретарь ОДКБ встретился с Министром обороны Армении\n"
                    + "Генеральный секретарь ОДКБ Иван Петров встретился с Министром обороны"
                    + " Армении Ашотом Манукяном."))
        .containsExactly(List.of("Иван Петров (host)", "Ашот Манукян (guest)"));
  }

  @Test
  void makesNoNewMeetingOfOnePersonAndTheOthersState() {
    assertThat(
            RussianTesting.meetings(
                "Министр иностранных дел Армении Ашот Манукян провел переговоры с министром"
                    + " иностранных дел Казахстана Иваном Петровым. Ранее переговоры Манукяна с"
                    + " Казахстаном были намечены на осень, встреча прошла в Ереване."))
        .containsExactly(List.of("Ашот Манукян (host)", "Иван Петров (guest)"));
  }

  @Test
  void readsTheMeetingsNounAndAPresentVerbAsAMeetingHeld() {
    assertThat(
            RussianTesting.meetings(
                "Министр иностранных дел Армении Ашот Манукян провел встречу с послом Индии"
                    + " Павлом Сидоровым. Министр обороны Армении Арам Петросян проводит встречу с"
                    + " министром обороны Казахстана Иваном Петровым."))
        .containsExactly(
            List.of("Ашот Манукян (host)", "Павел Сидоров (guest)"),
            List.of("Арам Петросян (host)", "Иван Петров (guest)"));
  }

  @Test
  void placesTheMeetingInTheStateAVisitNamesOrInTheKremlin() {
    List<String> places =
        java.util.stream.Stream.of(
                "Президент Армении Ашот Манукян, находящийся в Казахстане с рабочим визитом,"
                    + " встретился с Президентом Казахстана Иваном Петровым.",
                "В Кремле Президент Армении Ашот Манукян провел переговоры с Президентом"
                    + " Казахстана Иваном Петровым.")
            .flatMap(
                body -> RussianTesting.extract(body, "2024-10-08").events(Meeting.class).stream())
            .map(m -> m.place().orElseThrow())
            .map(p -> p.city().orElse("-") + "/" + p.country().orElse("-"))
            .toList();
    assertThat(places).containsExactly("-/KAZ", "Moscow/RUS");
  }
}
