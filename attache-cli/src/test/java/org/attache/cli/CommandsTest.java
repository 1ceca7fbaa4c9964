package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.model.DocumentRecord;
import org.attache.model.Meeting;
import org.attache.model.RecordCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands as a user runs them, on files written by the test, with the real extractor. */
class CommandsTest {
  private static final String COMMUNIQUE =
      "TITLE: Foreign Ministers of Kazakhstan and Qatar hold talks\n"
          + "DATE: 2024-05-21\n"
          + "SOURCE: test\n"
          + "---\n"
          + "On 20 May 2024, Minister of Foreign Affairs of Kazakhstan Daulet Serikov held talks"
          + " in Astana with Minister of Foreign Affairs of Qatar Khalid Al-Mansour.\n";

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = Main.commandLine();
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    int status = command.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void extractWritesOneRecordPerDocumentAndNamesEachFileItCannotRead(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("a-communique.txt"), COMMUNIQUE, StandardCharsets.UTF_8);
    Files.write(dir.resolve("b-empty.txt"), new byte[0]);
    Files.write(dir.resolve("c-binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8});

    Run run = run("extract", "--threads", "2", dir.toString());

    assertThat(run.status()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1);
    DocumentRecord record = RecordCodec.fromJson(lines.get(0));
    assertThat(record.schema()).isEqualTo("attache.record/1");
    assertThat(record.document().published()).contains("2024-05-21");
    Meeting meeting = record.events(Meeting.class).get(0);
    assertThat(meeting.date()).contains("2024-05-20");
    assertThat(meeting.place().flatMap(p -> p.city())).contains("Astana");
    assertThat(run.err())
        .contains("cannot read '" + dir.resolve("b-empty.txt") + "': empty")
        .contains("cannot read '" + dir.resolve("c-binary.txt") + "': binary")
        .contains("1 records written, 2 inputs failed");
  }

  @Test
  void extractWritesToAFileAndGivesTheSameBytesWhateverTheThreads(
      @TempDir Path dir, @TempDir Path outputs) throws IOException {
    for (int i = 0; i < 6; i++) {
      Files.writeString(
          dir.resolve("doc-" + i + ".txt"),
          COMMUNIQUE.replace("20 May", (10 + i) + " May"),
          StandardCharsets.UTF_8);
    }
    Path one = outputs.resolve("out/one.jsonl");
    Path two = outputs.resolve("out/two.jsonl");

    assertThat(run("extract", "--threads", "1", "--out", one.toString(), dir.toString()).status())
        .isZero();
    assertThat(run("extract", "--threads", "2", "--out", two.toString(), dir.toString()).status())
        .isZero();

    assertThat(Files.readAllLines(one)).hasSize(6);
    assertThat(Files.readString(two)).isEqualTo(Files.readString(one));
  }

  @Test
  void evalScoresAGoldFolder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("0001.txt"), COMMUNIQUE, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("0001.gold.json"),
        "{\"document\":{\"published\":\"2024-05-21\",\"diplomatic\":true},"
            + "\"people\":[{\"name\":\"Daulet Serikov\",\"post\":\"Minister of Foreign Affairs\","
            + "\"of\":\"KAZ\",\"to\":null},{\"name\":\"Khalid Al-Mansour\","
            + "\"post\":\"Minister of Foreign Affairs\",\"of\":\"QAT\",\"to\":null}],"
            + "\"meetings\":[{\"date\":\"2024-05-20\",\"city\":\"Astana\",\"country\":\"KAZ\","
            + "\"participants\":[\"Daulet Serikov\",\"Khalid Al-Mansour\"],"
            + "\"hosts\":[\"Daulet Serikov\"]}]}",
        StandardCharsets.UTF_8);
    Path json = dir.resolve("report.json");

    Run run = run("eval", "--gold", dir.toString(), "--json", json.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("1 documents")
        .containsPattern("people +correct +P 1\\.000 +R 1\\.000 +F1 1\\.000")
        .containsPattern("meetings +events +P 1\\.000 +R 1\\.000 +F1 1\\.000");
    assertThat(Files.readString(json)).startsWith("{").contains("\"people\"");
  }

  @Test
  void evalRefusesAMissingFolder(@TempDir Path dir) {
    Run run = run("eval", "--gold", dir.resolve("nowhere").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("is not a folder");
  }
}
