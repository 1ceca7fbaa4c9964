package org.attache.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextNormaliserTest {
  @Test
  void putsBackTheSpaceBetweenGluedSentences() {
    assertThat(
            TextNormaliser.normalise("spurred mutual cooperation.Djauhari Oratmangun, Ambassador"))
        .isEqualTo("spurred mutual cooperation. Djauhari Oratmangun, Ambassador");
  }

  @Test
  void leavesAbbreviationsAndDomainsAlone() {
    assertThat(TextNormaliser.normalise("D.Tsogtbaatar met U.S. officials; see mfa.gov.mn."))
        .isEqualTo("D.Tsogtbaatar met U.S. officials; see mfa.gov.mn.");
  }

  @Test
  void unifiesLineEndsAndOddSpaces() {
    assertThat(TextNormaliser.normalise("a\r\nb\u00A0c\u200Bd\u0007e")).isEqualTo("a\nb cde");
  }

  @Test
  void splitsAFunctionWordGluedToTheWordAfterIt() {
    assertThat(TextNormaliser.normalise("welcomed theDelegation ofNorthland and theMinistries"))
        .isEqualTo("welcomed the Delegation of Northland and the Ministries");
  }

  @Test
  void splitsATitleGluedToThePrepositionAfterIt() {
    assertThat(TextNormaliser.normalise("led by Deputy Ministerof Culture and the Secretaryfor"))
        .isEqualTo("led by Deputy Minister of Culture and the Secretary for");
  }

  @Test
  void splitsTwoCapitalisedWordsGluedTogether() {
    assertThat(TextNormaliser.normalise("Minister KarimaNorland met the NorthlandicDefence chief"))
        .isEqualTo("Minister Karima Norland met the Northlandic Defence chief");
  }

  @Test
  void leavesSurnamesWithJoinedPartsAndOrdinaryWordsAlone() {
    String text = "McDonald, DeSantis, MacArthur, VanDyke and O'Brien met Yusof in Thailand.";
    assertThat(TextNormaliser.normalise(text)).isEqualTo(text);
  }

  @Test
  void ungluesAsTheRegularExpressionOfTheRuleDoes() {
    Pattern glued = Pattern.compile("(\\p{Ll}{2,}[.!?])(\\p{Lu}\\p{Ll})");
    String[] pieces = {"a", "b", "é", "\uD835\uDC4E", "A", "Ç", ".", "!", "?", " ", "1", "-"};
    Random random = new Random(20_251_206L);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String expected = glued.matcher(text).replaceAll("$1 $2");
      assertThat(TextNormaliser.unglue(text.toString())).as(text.toString()).isEqualTo(expected);
    }
  }

  @Test
  void ungluesAfterAMillionLowerCaseLetters() {
    String word = "a".repeat(1_000_000);

    assertThat(TextNormaliser.unglue(word + ".Next " + word)).isEqualTo(word + ". Next " + word);
  }

  @Test
  void normalisesAMillionLettersOfOneWordAndOfGluedWords() {
    String word = "A" + "a".repeat(1_000_000);
    String glued = "Ab".repeat(300_000) + "theCa";

    assertThat(TextNormaliser.normalise(word + "Bbb " + glued)).startsWith(word + " Bbb ");
  }
}
