package org.attache.pipeline.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.model.Codes;
import org.attache.model.DocumentRecord;
import org.attache.model.Statement;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/** CAMEO and PLOVER codes as the data table gives them. */
class AssignCodesTest {
  @Test
  void statementsAreCodedByStance() {
    DocumentRecord record =
        ExtractorTesting.extract(
            null,
            "The foreign ministers of Kazakhstan, Kyrgyzstan and Mongolia met in Astana."
                + " Kazakhstan praised the reforms. Kyrgyzstan called for talks. Mongolia noted the"
                + " results.",
            "2024-03-05");
    assertThat(record.events(Statement.class))
        .extracting(s -> s.codes().orElseThrow())
        .containsExactly(
            Codes.of("051", "SUPPORT"), Codes.of("020", "REQUEST"), Codes.of("010", null));
  }
}
