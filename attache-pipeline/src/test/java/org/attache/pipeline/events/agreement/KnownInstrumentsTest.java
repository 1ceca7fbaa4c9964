package org.attache.pipeline.events.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.Instrument;
import org.junit.jupiter.api.Test;

/** Well-known instruments found by name in one pass, on sentences written for the test. */
class KnownInstrumentsTest {
  private static final KnownInstruments KNOWN = new KnownInstruments();

  private static List<String> names(String text) {
    return KNOWN.in(text).stream().map(f -> text.substring(f.start(), f.end())).toList();
  }

  @Test
  void namesAreFoundInTextOrderTheLongestWhereTwoOverlap() {
    String text = "Both sides backed the NPT, the New START Treaty and the Paris climate accord.";
    List<KnownInstruments.Found> found = KNOWN.in(text);
    assertThat(names(text)).containsExactly("NPT", "New START Treaty", "Paris climate accord");
    assertThat(found.get(1).known().name()).isEqualTo("New START");
    assertThat(found.get(1).known().instrument()).isEqualTo(Instrument.TREATY);
    assertThat(found.get(1).known().parties()).containsExactly("USA", "RUS");
  }

  @Test
  void anAcronymMatchesOnlyInCapitalsAndOtherNamesInAnyCase() {
    assertThat(names("the npt and the inf were not named")).isEmpty();
    assertThat(names("the PARIS AGREEMENT and the paris agreement"))
        .containsExactly("PARIS AGREEMENT", "paris agreement");
  }

  @Test
  void aNameInsideAWordAfterAHyphenOrBeforeOrganizationIsPassedOver() {
    assertThat(names("NPTs, anti-INF voices and the Shanghai Convention Organization")).isEmpty();
  }

  @Test
  void aNameSpreadOverALineBreakIsFound() {
    assertThat(names("under the Kyoto\nProtocol")).containsExactly("Kyoto\nProtocol");
  }
}
