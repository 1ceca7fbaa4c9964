package org.attache.ingest.records;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.attache.ingest.Incoming;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.DocumentInfo;
import org.attache.model.DocumentRecord;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.model.RecordCodec;
import org.attache.model.Role;
import org.attache.model.Span;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.read.SourceDocument;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records made elsewhere, as JSON Lines and as Parquet, stored without extracting: each once
 * however often the load runs, and a line that is no record, or whose text is not where it says,
 * reported with its file and line and skipped.
 */
class RecordsLoadTest {
  @TempDir Path folder;

  private final StringWriter err = new StringWriter();

  private static final String[][] MEETINGS = {
    {
      "Vladimir Norov",
      "Kenji Morita",
      "Vladimir Norov received Kenji Morita in Tashkent on 1 March 2024."
    },
    {"Ana Lima", "Kenji Morita", "Ana Lima met Kenji Morita in Brasilia on 2 June 2024."}
  };

  /** A text file of a meeting and its record, made by hand as the extractor would make it. */
  private String record(int n) throws Exception {
    String[] m = MEETINGS[n];
    Path file = Files.writeString(folder.resolve("meeting-" + n + ".txt"), m[2] + "\n", UTF_8);
    SourceDocument document;
    try (Stream<ReadResult> read = DocumentReaders.create().read(file)) {
      document = ((ReadResult.Read) read.findFirst().orElseThrow()).document();
    }
    String text = Incoming.of(document).text();
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      int at = text.indexOf(m[i]);
      actors.add(
          new Actor(
              "a" + (i + 1),
              ActorKind.PERSON,
              m[i],
              Optional.empty(),
              List.of(),
              List.of(new Span(at, at + m[i].length()))));
    }
    int end = text.indexOf('.') + 1;
    Meeting meeting =
        new Meeting(
            "e1",
            Optional.empty(),
            Optional.empty(),
            List.of(new Participant("a1", Role.HOST), new Participant("a2", Role.GUEST)),
            Optional.empty(),
            Optional.empty(),
            List.of(new Span(0, end)),
            0.9,
            new TreeMap<>());
    return RecordCodec.toJsonLine(
        new DocumentRecord(
            new DocumentInfo(
                document.id(), Optional.empty(), Optional.empty(), document.source(), "en", true),
            actors,
            List.of(meeting)));
  }

  private RecordsLoad.Summary load(Database database, Path... paths) {
    return new RecordsLoad(database, "1.0.0", new PrintWriter(err, true)).load(List.of(paths));
  }

  @Test
  void jsonLinesAreStoredOnceAndBadLinesReportedWithTheirFileAndLine() throws Exception {
    Database database = TestingPostgres.freshDatabase("records_load");
    String missing =
        record(1).replace(folder.resolve("meeting-1.txt").toString(), "/nowhere/meeting.txt");
    Path records = folder.resolve("records").resolve("part-00000.txt");
    Files.createDirectories(records.getParent());
    Files.writeString(
        records,
        String.join("\n", record(0), "{not a record", "", missing, record(1)) + "\n",
        UTF_8);
    Files.writeString(records.resolveSibling("_SUCCESS"), "", UTF_8);

    assertThat(load(database, records.getParent())).isEqualTo(new RecordsLoad.Summary(2, 0, 0, 2));
    assertThat(err.toString().lines().toList())
        .hasSize(2)
        .satisfies(
            lines -> {
              assertThat(lines.get(0))
                  .startsWith("attache: ingest: " + records + ":2: not a record: ");
              assertThat(lines.get(1))
                  .isEqualTo(
                      "attache: ingest: "
                          + records
                          + ":4: the text of /nowhere/meeting.txt: no such file:"
                          + " /nowhere/meeting.txt");
            });
    assertThat(TestingStore.count(database, "SELECT count(*) FROM document")).isEqualTo(2);
    assertThat(TestingStore.count(database, "SELECT count(*) FROM event")).isEqualTo(2);
    assertThat(TestingStore.count(database, "SELECT count(*) FROM story_document")).isEqualTo(2);

    Map<String, Long> before = TestingStore.rowCounts(database);
    assertThat(load(database, records.getParent())).isEqualTo(new RecordsLoad.Summary(0, 2, 0, 2));
    assertThat(TestingStore.rowCounts(database)).isEqualTo(before);
  }

  @Test
  void parquetRecordsAreStoredAsSparkWritesThem() throws Exception {
    Database database = TestingPostgres.freshDatabase("records_parquet");
    Path parquet = folder.resolve("part-00000.parquet");
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = duck.createStatement()) {
      s.execute("CREATE TABLE r (document_id text, record_json text)");
      for (int n = 0; n < 2; n++) {
        s.execute("INSERT INTO r VALUES ('" + n + "', '" + record(n).replace("'", "''") + "')");
      }
      s.execute("COPY r TO '" + parquet + "' (FORMAT parquet)");
    }
    assertThat(load(database, parquet)).isEqualTo(new RecordsLoad.Summary(2, 0, 0, 0));
    assertThat(err.toString()).isEmpty();
    assertThat(TestingStore.count(database, "SELECT count(*) FROM person")).isEqualTo(3);
  }
}
