package org.attache.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  /** What one run of the command gave. */
  record Run(int status, String out, String err) {}

  @BeforeAll
  static void write() throws IOException {
    data = folder.resolve("pg");
    documents = Files.createDirectories(folder.resolve("documents"));
    Files.writeString(
        documents.resolve("a.txt"),
        """
        TITLE: Foreign Minister of Kazakhstan meets Ambassador of Japan
        DATE: 2023-03-14
        ---
        Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with Ambassador of Japan \
        to Kazakhstan Yasushi Kaneko on 14 March 2023.
        """,
        UTF_8);
    Files.writeString(
        documents.resolve("b.txt"),
        """
        TITLE: Japan and Kazakhstan discuss cooperation
        DATE: 2023-03-15
        ---
        On 13 March 2023, Ambassador of Japan Yasushi Kaneko was received by Minister of Foreign \
        Affairs of Kazakhstan Murat Nurtleu in Astana.
        """,
        UTF_8);
  }

  private static Run attache(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    return new Run(status, out.toString(), err.toString());
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
