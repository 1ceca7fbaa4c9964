package org.attache.pipeline.lang.ru;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.model.DocumentRecord;
import org.attache.model.Stance;
import org.attache.model.Statement;
import org.junit.jupiter.api.Test;

/** Statements told in Russian, on sentences written for this test (the people are invented). */
class RussianStatementsTest {
  @Test
  void readsTheStanceFromWhatAVerbOfSpeechStresses() {
    DocumentRecord record =
        RussianTesting.extract(
            "Генеральный секретарь ОДКБ Иван Петров подчеркнул готовность Секретариата к"
                + " сотрудничеству.",
            "2024-10-08");

    assertThat(record.events(Statement.class))
        .extracting(Statement::stance)
        .containsExactly(Stance.INTENT_TO_COOPERATE);
  }
}
