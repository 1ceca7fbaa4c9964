package org.attache.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The minister met the ambassador of Chile in the capital on Monday.|en",
        "Talks held|en",
        "SCO-ASEAN|en",
        "Министр встретился с послом Чили в столице в понедельник.|ru",
        "外交部长在首都会见了智利大使。|zh",
        "外務大臣は月曜日に首都でチリ大使と会談した。|ja",
        "장관은 월요일 수도에서 칠레 대사를 만났다.|ko",
        "Міністр зустрівся з послом Чилі у столиці в понеділок, і їхня розмова тривала годину.|uk",
        "Министърът се срещна с посланика на Чили в столицата и беше доволен от срещата.|bg",
        "Министр дүйсенбі күні астанада Чили елшісімен кездесті, әңгіме қызықты болды.|kk",
        "Le ministre a rencontré l'ambassadeur du Chili dans la capitale pour la réunion.|fr",
        "El ministro se reunió con el embajador de Chile en la capital por la mañana.|es",
        "Der Minister hat sich mit dem Botschafter von Chile in der Hauptstadt getroffen.|de",
        "Menteri bertemu dengan duta besar Chile di ibu kota untuk kerja sama yang baik.|id",
        "التقى الوزير بسفير تشيلي في العاصمة يوم الاثنين.|ar",
        "1 2 3 … 2021-02-08|und",
      })
  void tellsTheLanguageOfAText(String text, String language) {
    assertThat(LanguageIdentifier.identify(text)).isEqualTo(language);
  }
}
