package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
  @Test
  void foldsCaseAccentsAndPunctuationAndDropsLeadingHonorifics() {
    assertThat(Names.tokens("H.E. Mr. Recep Tayyip ERDOĞAN"))
        .containsExactly("recep", "tayyip", "erdogan");
    assertThat(Names.tokens("His Excellency Dr Chen Dehai")).containsExactly("chen", "dehai");
    assertThat(Names.tokens("Chargé d’Affaires")).containsExactly("charge", "daffaires");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Vladimir Norov|Mr Vladimir Norov",
        "Vladimir Norov|H.E. Vladimir Norov",
        "Pehin Rahmani Basir|His Excellency Pehin Rahmani Basir",
        "Theresa May|Mrs Theresa May",
        "Retno Marsudi|Her Excellency Ms. Retno Marsudi",
        "Chargé d'Affaires|charge d’affaires",
        "Recep Tayyip Erdoğan|Recep Tayyip Erdogan",
        "Kassym-Jomart Tokayev|Kassym Jomart Tokayev",
        "D.Tsogtbaatar|D. Tsogtbaatar",
        "Vladimir Norov|Vladimir Imamovich Norov",
        "Mohammad Javad Zarif|Javad Zarif",
        "Putin|putin",
        "Lavrov|Mr Lavrov",
        "CHN|CHN",
        "CIS ATC|CIS ATC",
      })
  void matches(String a, String b) {
    assertThat(Names.matches(a, b)).isTrue();
    assertThat(Names.matches(b, a)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Norov|Vladimir Norov",
        "Mr Lavrov|Sergey Lavrov",
        "Vladimir Norov|Vladimir Putin",
        "Sergey Lavrov|Sergei Lavrov",
        "Mr|Mr",
        "CHN|chn",
        "CIS ATC|CIS",
        "EGY|Egypt",
      })
  void doesNotMatch(String a, String b) {
    assertThat(Names.matches(a, b)).isFalse();
    assertThat(Names.matches(b, a)).isFalse();
  }

  @Test
  void ranksEqualNamesAboveSubsets() {
    assertThat(Names.strength("Vladimir Norov", "Mr Vladimir Norov")).isEqualTo(2);
    assertThat(Names.strength("Vladimir Norov", "Vladimir Imamovich Norov")).isEqualTo(1);
    assertThat(Names.strength("Norov", "Vladimir Norov")).isZero();
  }

  @Test
  void tellsCodesFromNames() {
    assertThat(Names.isCode("G20")).isTrue();
    assertThat(Names.isCode("CIS ATC")).isTrue();
    assertThat(Names.isCode("S Jaishankar")).isFalse();
    assertThat(Names.isCode("2021")).isFalse();
  }

  @Test
  void matchesAPersonByEitherSpelling() {
    String gold = Names.label("Нурлан Ермекбаев", Optional.of("Nurlan Yermekbayev"));

    assertThat(gold).isEqualTo("Нурлан Ермекбаев / Nurlan Yermekbayev");
    assertThat(Names.strength(gold, "Nurlan Yermekbayev")).isEqualTo(2);
    assertThat(Names.strength(gold, "Нурлан Ермекбаев")).isEqualTo(2);
    assertThat(Names.strength("Н. Ермекбаев / N. Yermekbayev", gold)).isEqualTo(0);
    assertThat(Names.strength(gold, "Nurlan Yermekbaev")).isZero();
    assertThat(Names.label("Vladimir Norov", Optional.empty())).isEqualTo("Vladimir Norov");
  }

  @Test
  void takesANameInAScriptWithoutCaseForAName() {
    assertThat(Names.isCode("王毅")).isFalse();
    assertThat(Names.isCode("ШОС")).isFalse();
    assertThat(Names.strength("王毅", "王毅")).isEqualTo(2);
  }

  @Test
  void comparesPlacesFolded() {
    assertThat(Names.samePlace("Nur-Sultan", "nur sultan")).isTrue();
    assertThat(Names.samePlace("Ankara", "Ankara Province")).isFalse();
  }
}
