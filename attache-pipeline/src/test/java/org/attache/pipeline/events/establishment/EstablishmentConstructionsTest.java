package org.attache.pipeline.events.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.model.DocumentRecord;
import org.attache.model.Establishment;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/** The construction of establishments, on a short text written for the test. */
class EstablishmentConstructionsTest {
  @Test
  void anOrganisationFoundedByStatesOnAnOccasion() {
    DocumentRecord record =
        ExtractorTesting.extract(
            null,
            "The Shanghai Cooperation Organisation, established by China and Russia in 2001 at"
                + " the Shanghai Summit, held its meeting.",
            "2024-03-05");
    Establishment establishment = record.events(Establishment.class).get(0);
    assertThat(record.actor(establishment.actor()).flatMap(a -> a.code())).contains("SCO");
    assertThat(establishment.founders())
        .extracting(id -> record.actor(id).flatMap(a -> a.code()).orElse("?"))
        .containsExactly("CHN", "RUS");
    assertThat(establishment.date()).contains("2001");
    assertThat(establishment.occasion()).contains("Shanghai Summit");
  }
}
