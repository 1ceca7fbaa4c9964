package org.attache.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.cli.TestingCli.attache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.cli.TestingCli.Run;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.model.Role;
import org.attache.store.export.ExportedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attache export} on the embedded PostgreSQL, after {@code attache ingest}. */
class ExportCommandTest {
  @TempDir static Path folder;
  private static Path data;

  @BeforeAll
  static void ingest() throws IOException {
    data = folder.resolve("pg");
    Path documents = TestingCli.meetingDocuments(folder);
    Run run = attache("ingest", "--data", data.toString(), documents.toString());
    assertThat(run.status()).as(run.err()).isZero();
  }

  @Test
  void writesJsonLinesToStandardOutput() {
    Run run = attache("export", "--format", "jsonl", "--data", data.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEqualTo("attache: export: 1 events selected, 1 events written\n");
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1);
    ExportedEvent event = ExportedEvent.fromJson(lines.get(0));
    Meeting meeting = (Meeting) event.event();
    assertThat(meeting.date()).contains("2023-03-14");
    assertThat(meeting.participants())
        .extracting(Participant::role)
        .containsExactly(Role.HOST, Role.GUEST);
    assertThat(event.sources()).hasSize(2);
  }

  @Test
  void writesCsvTablesToAFolderWithFilters() throws IOException {
    Path csv = folder.resolve("csv");
    Run run =
        attache(
            "export",
            "--format",
            "csv",
            "--out",
            csv.toString(),
            "--actor",
            "JPN",
            "--type",
            "meeting,statement",
            "--from",
            "2023-03",
            "--to",
            "2023",
            "--data",
            data.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err())
        .isEqualTo("attache: export: 1 events selected, 1 events written to " + csv + "\n");
    assertThat(Files.readAllLines(csv.resolve("dyads.csv"), UTF_8))
        .hasSize(2)
        .element(1)
        .asString()
        .isEqualTo(
            // the ambassador came to the minister: guest to host, CAMEO 043 (host a visit)
            "e1,meeting,2023-03-14,p2,Yasushi Kaneko,person,JPN,guest,"
                + "p1,Murat Nurtleu,person,KAZ,host,043,CONSULT");
    try (var files = Files.list(csv)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly(
              "actors.csv", "dyads.csv", "events.csv", "memberships.csv", "sources.csv");
    }
  }

  @Test
  void anEmptySelectionIsNotAnError() {
    Run run = attache("export", "--format", "graphml", "--from", "2024", "--data", data.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEqualTo("attache: export: 0 events selected, 0 contacts written\n");
    assertThat(run.out()).contains("<graph id=\"contacts\" edgedefault=\"undirected\">");
  }

  @Test
  void refusesWhatItCannotDo() {
    Run folderless = attache("export", "--format", "parquet", "--data", data.toString());
    assertThat(folderless.status()).isEqualTo(ExitCodes.FAILED);
    assertThat(folderless.err())
        .isEqualTo("attache: export: The parquet export is a folder of files: give --out FOLDER\n");
    Run format = attache("export", "--format", "xlsx", "--data", data.toString());
    assertThat(format.err())
        .isEqualTo(
            "attache: export: Not an export format: 'xlsx'; one of jsonl, csv, parquet, plover,"
                + " popolo, graphml\n");
    Run date = attache("export", "--format", "jsonl", "--to", "May", "--data", data.toString());
    assertThat(date.err())
        .isEqualTo(
            "attache: export: Not an ISO date for --to: 'May' (2021, 2021-02 or 2021-02-08)\n");
  }
}
