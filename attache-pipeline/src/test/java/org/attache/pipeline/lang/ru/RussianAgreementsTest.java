package org.attache.pipeline.lang.ru;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.Actor;
import org.attache.model.Agreement;
import org.attache.model.DocumentRecord;
import org.junit.jupiter.api.Test;

/**
 * Agreements told in Russian, on sentences written for this test (the people are invented): the
 * areas of an instrument's title, documents signed without their names, one instrument told twice.
 */
class RussianAgreementsTest {
  private static List<String> agreements(String body) {
    DocumentRecord record = RussianTesting.extract(body, "2024-10-08");
    return record.events(Agreement.class).stream()
        .map(
            a ->
                a.instrument()
                    + " "
                    + a.parties().stream()
                        .map(p -> record.actor(p).flatMap(Actor::code).orElseThrow())
                        .sorted()
                        .toList()
                    + " "
                    + a.areas())
        .toList();
  }

  @Test
  void readsTheAreasOfTheInstrumentsTitle() {
    assertThat(
            agreements(
                "Армения и Казахстан подписали соглашение о сотрудничестве в области"
                    + " здравоохранения и в сфере молодежной политики, сообщает пресс-служба."))
        .containsExactly("AGREEMENT [ARM, KAZ] [HEALTH, YOUTH]");
  }

  @Test
  void takesDocumentsSignedWithoutTheirNamesAsAgreements() {
    assertThat(
            agreements(
                "Президент Армении Ашот Манукян провел переговоры с Президентом Казахстана Иваном"
                    + " Петровым. Манукян назвал переговоры с казахстанским коллегой полезными, по"
                    + " итогам встречи подписан ряд документов."))
        .containsExactly("AGREEMENT [ARM, KAZ] []");
  }

  @Test
  void tellsOneInstrumentBetweenTheSamePartiesOnce() {
    assertThat(
            agreements(
                "Армения и Казахстан подписали меморандум о взаимопонимании в сфере туризма."
                    + " Меморандум между Казахстаном и Арменией был подписан в Ереване."))
        .containsExactly("MEMORANDUM_OF_UNDERSTANDING [ARM, KAZ] [TOURISM]");
  }
}
