package org.attache.pipeline.events.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.Agreement;
import org.attache.model.Area;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/**
 * The areas of an instrument told in the sentences after its signing, on texts written for the test
 * (the states are real).
 */
class AreasToldAfterTest {
  private static List<Agreement> agreements(String body) {
    return ExtractorTesting.extract(null, body, "2024-03-05").events(Agreement.class);
  }

  @Test
  void aSentenceOnTheInstrumentAndThoseGoingOnWithItGiveItsAreas() {
    List<Agreement> agreements =
        agreements(
            "Kazakhstan and Mongolia signed a memorandum of understanding on Monday. The"
                + " memorandum sets out the principles of the partnership. Specifically, the sides"
                + " will cooperate in tourism and agriculture. At the same time, they will develop"
                + " exchanges in education.");
    assertThat(agreements).hasSize(1);
    assertThat(agreements.get(0).areas())
        .containsExactlyInAnyOrder(Area.TOURISM, Area.AGRICULTURE, Area.EDUCATION);
    assertThat(agreements.get(0).evidence()).hasSize(3);
  }

  @Test
  void aFrameOnTheInstrumentGivesItsAreas() {
    List<Agreement> agreements =
        agreements(
            "Kazakhstan and Mongolia signed an agreement on Monday. Under the agreement, the"
                + " sides will build a pipeline for oil and gas.");
    assertThat(agreements.get(0).areas()).containsExactly(Area.ENERGY);
  }

  @Test
  void aSentenceThatDoesNotGoOnWithTheInstrumentGivesNothing() {
    List<Agreement> agreements =
        agreements(
            "Kazakhstan and Mongolia signed a memorandum of understanding on Monday. The"
                + " memorandum sets out the principles of the partnership. The ministers then"
                + " discussed tourism and agriculture.");
    assertThat(agreements.get(0).areas()).isEmpty();
  }

  @Test
  void anotherKindOfInstrumentIsNotDescribed() {
    List<Agreement> agreements =
        agreements(
            "Kazakhstan and Mongolia signed a memorandum of understanding on Monday. The treaty"
                + " covers tourism.");
    assertThat(agreements.get(0).areas()).isEmpty();
  }
}
