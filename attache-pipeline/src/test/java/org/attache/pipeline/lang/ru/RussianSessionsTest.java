package org.attache.pipeline.lang.ru;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sessions of a body told in Russian, on sentences written for this test (the people are invented):
 * the body, its chair, its member states and the people told as taking part.
 */
class RussianSessionsTest {
  @Test
  void takesTheBodyItsChairAndThePeopleToldAsTakingPart() {
    assertThat(
            RussianTesting.meetings(
                "Вчера в Ереване под председательством Армении прошло заседание Совета министров"
                    + " иностранных дел ОДКБ. Его открыл министр иностранных дел Армении Ашот"
                    + " Манукян. От Белоруссии в нем принял участие посол Иван Петров. Погода в"
                    + " Ереване была теплой, заявил Павел Сидоров."))
        .containsExactly(
            List.of("ARM (host)", "CSTO (guest)", "Ашот Манукян (guest)", "Иван Петров (guest)"));
  }

  @Test
  void takesTheMemberStatesTheTextNamesForASessionOfTheCountries() {
    assertThat(
            RussianTesting.meetings(
                "В Казани прошло совещание министров финансов стран БРИКС. Сегодня в БРИКС"
                    + " входят Бразилия, Индия, Египет и другие государства. Турция в"
                    + " объединение не входит."))
        .containsExactly(List.of("BRICS (host)", "BRA (guest)", "IND (guest)", "EGY (guest)"));
  }

  @Test
  void makesNoMeetingOfASessionToComeOrOfOneWhereSomethingWasDecided() {
    assertThat(
            RussianTesting.meetings(
                "Министры обсудили подготовку предстоящего заседания Совета глав государств ШОС."
                    + " Решения, принятые на заседании Совета ОДКБ в прошлом году, выполнены."
                    + " Следующее заседание Совета ОДКБ пройдет в Минске."))
        .isEmpty();
  }
}
