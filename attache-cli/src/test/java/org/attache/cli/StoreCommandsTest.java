package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.cli.TestingCli.attache;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.cli.TestingCli.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** {@code attache ingest} and {@code attache review} on the embedded PostgreSQL. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoreCommandsTest {
  @TempDir static Path folder;
  private static Path data;
  private static Path documents;
  private static final List<String> DATES = new ArrayList<>();

  @BeforeAll
  static void write() throws IOException {
    data = folder.resolve("pg");
    documents = TestingCli.meetingDocuments(folder);
  }

  @Test
  @Order(1)
  void ingestsIntoTheEmbeddedStore() {
    // With triage, as a newsroom would run it: the records below are those of the full analysis.
    Run run = attache("ingest", "--triage", "--data", data.toString(), documents.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err())
        .contains(
            "attache: ingest: done, 2 documents: 2 stored, 0 re-extracted,"
                + " 0 already stored, 0 failed;");
    assertThat(run.err()).containsPattern("the store at .* holds \\d+\\.\\d MB");
  }

  @Test
  @Order(2)
  void ingestingAgainStoresNothing() {
    Run run = attache("ingest", "--data", data.toString(), documents.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err())
        .contains(
            "attache: ingest: done, 2 documents: 0 stored, 0 re-extracted,"
                + " 2 already stored, 0 failed;");
  }

  @Test
  @Order(3)
  void listsTheQueueAndCorrectsAField() {
    Run list = attache("review", "list", "--data", data.toString(), "--limit", "100");
    assertThat(list.status()).as(list.err()).isZero();
    List<String> lines = List.of(list.out().split("\n"));
    assertThat(lines.get(0)).isEqualTo("id\tconfidence\tsubject\tfield\tvalue\tquote");
    List<String> dates = DATES;
    for (String line : lines.subList(1, lines.size())) {
      if (line.split("\t")[3].equals("date")) {
        dates.add(line.split("\t")[0]);
      }
    }
    assertThat(dates).hasSize(2);

    Run correct =
        attache(
            "review",
            "correct",
            dates.get(0),
            "2023-03-15",
            "--user",
            "ana",
            "--reason",
            "the ministry says so",
            "--data",
            data.toString());

    assertThat(correct.status()).as(correct.err()).isZero();
    assertThat(correct.out()).startsWith("corrected\t" + dates.get(0) + "\t");
    assertThat(correct.out()).contains("\tdate\t2023-03-15\t");
  }

  @Test
  @Order(4)
  void refusesAWrongValueWithAClearMessage() {
    Run run =
        attache(
            "review",
            "correct",
            DATES.get(1),
            "someday",
            "--user",
            "ana",
            "--data",
            data.toString());
    assertThat(run.status()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).isEqualTo("attache: review: Not a valid value of 'date': 'someday'\n");
  }

  @Test
  @Order(5)
  void aDecisionNeedsAUser() {
    Run run = attache("review", "confirm", "1", "--data", data.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option: '--user=NAME'");
  }

  @Test
  @Order(6)
  void refusesBothDatabaseAndDataFolder() {
    Run run =
        attache(
            "review", "list", "--db", "jdbc:postgresql://localhost/x", "--data", data.toString());
    assertThat(run.status()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).isEqualTo("attache: review: Give either --db or --data, not both\n");
  }
}
