package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

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
}
