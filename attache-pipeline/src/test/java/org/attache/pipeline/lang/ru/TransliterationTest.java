package org.attache.pipeline.lang.ru;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationTest {
  @ParameterizedTest
  @CsvSource({
    "Нурлан Ермекбаев, Nurlan Yermekbayev",
    "Сергей Лавров, Sergey Lavrov",
    "Юрий Ушаков, Yuriy Ushakov",
    "Ш. Нурышев, Sh. Nuryshev",
    "Пётр Семёнов, Pyotr Semyonov",
    "Игорь Ильин, Igor Ilin",
  })
  void spellsARussianNameAsTheEnglishPressDoes(String russian, String english) {
    assertThat(Transliteration.english(russian)).isEqualTo(english);
  }
}
