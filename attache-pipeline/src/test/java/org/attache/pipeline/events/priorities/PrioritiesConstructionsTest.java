package org.attache.pipeline.events.priorities;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.model.Area;
import org.attache.model.DocumentRecord;
import org.attache.model.Priorities;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/** The construction of priorities, on a short text written for the test. */
class PrioritiesConstructionsTest {
  @Test
  void theStateOfTheSpeakerChairsAnOrganisation() {
    DocumentRecord record =
        ExtractorTesting.extract(
            null,
            "Akmal Rustamov, Ambassador of Uzbekistan to China, presented the priorities of his"
                + " country's chairmanship of the SCO in 2025, including food security and"
                + " tourism.",
            "2025-01-10");
    Priorities priorities = record.events(Priorities.class).get(0);
    assertThat(record.actor(priorities.actor()).flatMap(a -> a.code())).contains("UZB");
    assertThat(priorities.capacity()).contains("SCO chairmanship");
    assertThat(priorities.period()).contains("2025");
    assertThat(priorities.areas()).containsExactly(Area.TOURISM, Area.AGRICULTURE);
  }
}
