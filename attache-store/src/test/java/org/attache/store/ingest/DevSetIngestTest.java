package org.attache.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.read.SourceDocument;
import org.attache.store.Database;
import org.attache.store.TestingIngest;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared development documents, ingested twice. */
class DevSetIngestTest {
  private static final Path DEV = Path.of(System.getProperty("attache.shared"), "gold", "dev");

  private static Database database;
  private static IngestSummary first;
  private static Map<String, Long> counts;

  @BeforeAll
  static void ingestOnce() {
    database = TestingPostgres.freshDatabase("dev_set");
    first = TestingIngest.ingest(database, DEV);
    counts = TestingStore.rowCounts(database);
  }

  @Test
  void storesEveryDocument() {
    assertThat(first.stored()).isEqualTo(41);
    assertThat(first.failed()).isZero();
    assertThat(counts.get("document")).isEqualTo(41);
    assertThat(counts.get("event")).isPositive();
    assertThat(counts.get("person")).isPositive();
  }

  @Test
  void ingestingAgainChangesNothing() {
    IngestSummary second = TestingIngest.ingest(database, DEV);
    assertThat(second.unchanged()).isEqualTo(41);
    assertThat(second.stored() + second.reextracted() + second.failed()).isZero();
    assertThat(TestingStore.rowCounts(database)).isEqualTo(counts);
  }

  @Test
  void writingAStoredRecordAgainChangesNothing() {
    SourceDocument document;
    try (Stream<ReadResult> read = DocumentReaders.create().read(DEV.resolve("0005.txt"))) {
      document = ((ReadResult.Read) read.findFirst().orElseThrow()).document();
    }
    try (DocumentWriter writer = new DocumentWriter(database)) {
      assertThat(writer.needs(document.id(), Extractor.VERSION)).isFalse();
      assertThat(writer.write(document, Extractor.standard().extract(document), Extractor.VERSION))
          .isEqualTo(DocumentWriter.Outcome.UNCHANGED);
    }
    assertThat(TestingStore.rowCounts(database)).isEqualTo(counts);
  }

  @Test
  void everyEventHasASource() {
    assertThat(
            TestingStore.count(
                database,
                "SELECT count(*) FROM event e"
                    + " WHERE NOT EXISTS (SELECT 1 FROM event_source s WHERE s.event_id = e.id)"))
        .isZero();
  }
}
