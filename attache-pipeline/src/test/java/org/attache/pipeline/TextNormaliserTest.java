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
}
