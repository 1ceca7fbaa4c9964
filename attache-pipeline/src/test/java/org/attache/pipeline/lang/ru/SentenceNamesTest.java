package org.attache.pipeline.lang.ru;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.pipeline.analysis.AnnotatedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceNamesTest {
  private static List<String> found(String sentence) {
    AnnotatedText text = RussianText.annotate(sentence);
    List<RussianWord> words = RussianWord.of(text.sentences().get(0));
    return SentenceNames.find(words, RussianLexicon.standard()).stream()
        .map(f -> f.kind() + ":" + f.key())
        .toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Министр встретился с Игорем Моргуловым.|name:Игорь Моргулов",
        "Посол беседовал с Ольгой Смирновой.|name:Ольга Смирнова",
        "Делегацию принял Петр Ермекбаев.|name:Петр Ермекбаев",
        "Он вручил письмо Генеральному секретарю Ли Вэньбиню.|name:Ли Вэньбинь",
        "Министр беседовал с Иваном Нурышевым.|name:Иван Нурышев",
      })
  void putsANameInTheNominative(String sentence, String expected) {
    assertThat(found(sentence)).contains(expected);
  }

  @org.junit.jupiter.api.Test
  void findsPostsStatesOrganisationsAndInitials() {
    assertThat(
            found(
                "Генеральный секретарь ШОС принял Чрезвычайного и Полномочного Посла Республики"
                    + " Казахстан в КНР К.Тулегенова в Пекине."))
        .containsExactly(
            "post:Secretary-General",
            "organisation:SCO",
            "post:Ambassador",
            "state:KAZ",
            "state:CHN",
            "name:К. Тулегенов",
            "city:Beijing/CHN");
  }
}
