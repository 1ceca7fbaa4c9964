package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.attache.model.DocumentRecord;
import org.attache.model.Meeting;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/** The communiqué that today's event coders code nothing from: Attaché must read it whole. */
class SeedDocumentTest {
  private static DocumentRecord seed() {
    Path path = ExtractorTesting.shared().resolve("gold/dev/0000-sco-asean-2021-02-08.txt");
    ReadResult read = DocumentReaders.create().read(path).findFirst().orElseThrow();
    return ExtractorTesting.extractor().extract(((ReadResult.Read) read).document());
  }

  @Test
  void findsTheOneMeetingWithItsDatePlaceAndHost() {
    DocumentRecord record = seed();

    List<Meeting> meetings = record.events(Meeting.class);
    assertThat(meetings).hasSize(1);
    Meeting meeting = meetings.get(0);
    assertThat(meeting.date()).contains("2021-02-08");
    assertThat(meeting.place().flatMap(p -> p.city())).contains("Beijing");
    assertThat(meeting.place().flatMap(p -> p.country())).contains("CHN");
    assertThat(ExtractorTesting.participants(record, meeting))
        .containsExactlyInAnyOrder(
            "Vladimir Norov (host)",
            "Pehin Rahmani Basir (guest)",
            "Djauhari Oratmangun (guest)",
            "Chen Dehai (guest)");
  }

  @Test
  void findsEveryPersonWithTheirPost() {
    assertThat(ExtractorTesting.people(seed()))
        .containsExactlyInAnyOrder(
            "Vladimir Norov | Secretary-General | SCO | -",
            "Pehin Rahmani Basir | Ambassador | BRN | CHN",
            "Djauhari Oratmangun | Ambassador | IDN | CHN",
            "Chen Dehai | Secretary-General | ACC | -");
  }
}
