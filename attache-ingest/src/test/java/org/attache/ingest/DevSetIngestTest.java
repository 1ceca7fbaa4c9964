package org.attache.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.read.SourceDocument;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.attache.store.export.ExportFilter;
import org.attache.store.export.ExportFormat;
import org.attache.store.export.Exporter;
import org.attache.store.ingest.DocumentWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared development documents, ingested twice. */
class DevSetIngestTest {
  private static final Path DEV = Path.of(System.getProperty("attache.shared"), "gold", "dev");

  /**
   * The digest of every export file of the store ingested from the dev set. A change meant to alter
   * the exports records them again on purpose: {@code mvn verify -pl attache-ingest
   * -Dtest=DevSetIngestTest -Dattache.record=true}.
   */
  private static final Path RECORDED_EXPORTS =
      Path.of("src/test/resources/org/attache/ingest/export-dev.sha256");

  /** How the recorded exports name the folder of the dev documents. */
  private static final String RECORDED_PREFIX = "dev/";

  private static Database database;
  private static IngestSummary first;
  private static Map<String, Long> counts;
  private static long documents;

  @BeforeAll
  static void ingestOnce() throws IOException {
    try (Stream<Path> files = Files.list(DEV)) {
      documents = files.filter(f -> f.getFileName().toString().endsWith(".txt")).count();
    }
    database = TestingPostgres.freshDatabase("dev_set");
    first = TestingIngest.ingest(database, DEV);
    counts = TestingStore.rowCounts(database);
  }

  @Test
  void storesEveryDocument() {
    assertThat(documents).isGreaterThan(100);
    assertThat(first.stored()).isEqualTo(documents);
    assertThat(first.failed()).isZero();
    assertThat(counts.get("document")).isEqualTo(documents);
    assertThat(counts.get("event")).isPositive();
    assertThat(counts.get("person")).isPositive();
  }

  @Test
  void ingestingAgainChangesNothing() {
    IngestSummary second = TestingIngest.ingest(database, DEV);
    assertThat(second.unchanged()).isEqualTo(documents);
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
      assertThat(
              writer.write(
                  Incoming.of(document), Extractor.standard().extract(document), Extractor.VERSION))
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

  @Test
  void noAgreementJoinsReportsThatNameOtherParties() {
    // Each report of an agreement with the parties it names, as 'person:1 organisation:2'.
    String reports =
        "SELECT x.subject_id AS agreement, x.document_id,"
            + " coalesce((SELECT string_agg(ea.actor, ' ' ORDER BY ea.actor) FROM event_actor ea"
            + " JOIN assertion a ON a.subject_kind = 'event_actor' AND a.subject_id = ea.id"
            + " AND a.document_id = x.document_id AND a.state <> 'rejected'"
            + " WHERE ea.event_id = x.subject_id AND ea.link = 'party'), '') AS parties"
            + " FROM assertion x JOIN event e ON e.id = x.subject_id AND e.type = 'agreement'"
            + " WHERE x.subject_kind = 'event' AND x.field = 'exists' AND x.state <> 'rejected'";
    assertThat(
            TestingStore.count(database, "SELECT count(*) FROM agreement_view WHERE sources > 1"))
        .as("agreements told by several documents")
        .isPositive();
    assertThat(
            TestingStore.rows(
                database,
                "SELECT agreement, string_agg(DISTINCT parties, ' / ') FROM ("
                    + reports
                    + ") r"
                    + " GROUP BY agreement HAVING count(DISTINCT parties) > 1"))
        .isEmpty();
  }

  @Test
  void everyExportFormatWritesTheRecordedBytes(@TempDir Path folder) throws Exception {
    // The exports name each document's file as it was read, under the checkout's own folder; the
    // recording is of what was extracted, so the files are named from the dev folder while it runs.
    String checkout = DEV.toAbsolutePath() + java.io.File.separator;
    setSourcePrefix(checkout, RECORDED_PREFIX);
    String digests;
    try {
      digests = exportDigests(folder);
    } finally {
      setSourcePrefix(RECORDED_PREFIX, checkout);
    }
    if (Boolean.getBoolean("attache.record")) {
      Files.createDirectories(RECORDED_EXPORTS.getParent());
      Files.writeString(RECORDED_EXPORTS, digests, UTF_8);
    }
    assertThat(digests).isEqualTo(Files.readString(RECORDED_EXPORTS, UTF_8));
  }

  private static void setSourcePrefix(String from, String to) throws SQLException {
    try (Connection c = database.connect();
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE document SET source = ? || substr(source, ?) WHERE starts_with(source, ?)")) {
      update.setString(1, to);
      update.setInt(2, from.length() + 1);
      update.setString(3, from);
      assertThat(update.executeUpdate()).isEqualTo(documents);
    }
  }

  private static String exportDigests(Path folder) throws IOException {
    Exporter exporter = new Exporter(database);
    StringBuilder digests = new StringBuilder();
    for (ExportFormat format : ExportFormat.values()) {
      Path out = folder.resolve(format.code());
      exporter.export(format, ExportFilter.all(), out);
      List<Path> files;
      try (Stream<Path> walk = Files.walk(out)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path file : files) {
        digests
            .append(sha256(Files.readAllBytes(file)))
            .append("  ")
            .append(folder.relativize(file).toString().replace('\\', '/'))
            .append('\n');
      }
    }
    return digests.toString();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("No SHA-256 in this JVM", e);
    }
  }
}
