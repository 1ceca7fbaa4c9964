package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code attache bench} prints its figures for 1 thread and for the threads asked for. */
class BenchCommandTest {
  private static final Pattern RUN =
      Pattern.compile(
          "attache: (\\d+) documents, (\\d+) tokens in [0-9.]+ s on (\\d+) threads .*:"
              + " ([0-9.]+) documents/s, ([0-9.]+) tokens/s");
  private static final Pattern STAGE =
      Pattern.compile("attache:   (\\S+) +([0-9.]+) ms/document +[0-9.]+%");
  private static final Pattern HEAP = Pattern.compile("attache: peak heap (\\d+) MB");
  private static final Pattern STAGE_OF_LONG =
      Pattern.compile("bench:   (\\S+) +([0-9.]+) ms +[0-9.]+%");

  private static final Pattern LONG =
      Pattern.compile(
          "bench: long document of ([0-9,]+) characters, ([0-9,]+) tokens, ([0-9,]+) actors,"
              + " ([0-9,]+) events: ([0-9.]+) s \\(CPU ([0-9.]+) s\\), peak heap ([0-9]+) MB");
  private static final Pattern RATIO =
      Pattern.compile(
          "bench: ([0-9,]+) characters took ([0-9.]+) times as long as ([0-9,]+) \\(([0-9.]+)"
              + " times as many characters\\)");

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    assertThat(execute(out, args)).isEqualTo(0);
    return out.toString();
  }

  private static int execute(StringWriter out, String... args) {
    CommandLine command = Main.commandLine();
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(new StringWriter()));
    return command.execute(args);
  }

  @Test
  void timesLongDocumentsAndFailsWhereTheTimeGrewFasterThanTheSize() {
    StringWriter out = new StringWriter();

    int status = execute(out, "bench", "--long", "--long-sizes", "3000,9000", "--warmup", "0");

    List<MatchResult> documents = LONG.matcher(out.toString()).results().toList();
    assertThat(documents).hasSize(2);
    assertThat(documents)
        .allSatisfy(
            m -> {
              assertThat(Long.parseLong(m.group(2).replace(",", ""))).isPositive();
              assertThat(Long.parseLong(m.group(4).replace(",", ""))).isPositive();
            });
    assertThat(Integer.parseInt(documents.get(0).group(1).replace(",", "")))
        .isBetween(3_000, 3_000 + 2_000);
    assertThat(Integer.parseInt(documents.get(1).group(1).replace(",", "")))
        .isBetween(9_000, 9_000 + 2_000);
    assertThat(STAGE_OF_LONG.matcher(out.toString()).results().map(r -> r.group(1)).distinct())
        .contains("annotate", "mentions", "meetings", "codes");
    Matcher ratio = RATIO.matcher(out.toString());
    assertThat(ratio.find()).isTrue();
    assertThat(ratio.group(1)).isEqualTo("9,000");
    assertThat(ratio.group(3)).isEqualTo("3,000");
    assertThat(ratio.group(4)).isEqualTo("3.00");
    assertThat(Double.parseDouble(ratio.group(2))).isPositive();
    boolean faster = Double.parseDouble(ratio.group(2)) > 3.0;
    assertThat(status).isEqualTo(faster ? 2 : 0);
    assertThat(out.toString())
        .contains(
            faster
                ? "bench: FAILED: the time grew faster than the size"
                : "bench: the time grew no faster than the size");
  }

  @Test
  void refusesLongSizesThatDoNotIncrease() {
    StringWriter out = new StringWriter();
    CommandLine command = Main.commandLine();
    StringWriter err = new StringWriter();
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));

    int status = command.execute("bench", "--long", "--long-sizes", "5000,5000", "--warmup", "0");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString())
        .contains("--long-sizes must be increasing sizes of 1000 characters or more: [5000, 5000]")
        .doesNotContain("Exception");
  }

  @Test
  void refusesNoThreadsWithAMessageAndNoStackTrace() {
    CommandLine command = Main.commandLine();
    StringWriter err = new StringWriter();
    command.setErr(new PrintWriter(err));

    int status = command.execute("bench", "--threads", "0");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString())
        .contains("--threads must be at least 1: 0")
        .doesNotContain("Exception");
  }

  @Test
  void printsThroughputStagesAndHeapForOneThreadAndForAll(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("talks.txt"),
        "TITLE: Foreign Ministers of Kazakhstan and Qatar hold talks\n---\n"
            + "On 20 May 2024, Minister of Foreign Affairs of Kazakhstan Daulet Serikov held talks"
            + " in Astana with Minister of Foreign Affairs of Qatar Khalid Al-Mansour.\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("weather.txt"),
        "Heavy rain is expected over the coast tonight. Skies will clear by the afternoon.\n",
        StandardCharsets.UTF_8);

    String out = run("bench", "--threads", "2", "--warmup", "1", dir.toString());

    assertThat(out).contains("bench: 2 documents").contains("bench: 1 thread\n");
    assertThat(out).containsPattern("bench: warmed up on [1-9][0-9]* documents in [0-9.]+ s\n");
    assertThat(out).contains("bench: 2 threads\n");
    List<MatchResult> runs = RUN.matcher(out).results().toList();
    assertThat(runs).hasSize(2);
    for (MatchResult m : runs) {
      assertThat(m.group(1)).isEqualTo("2");
      assertThat(Long.parseLong(m.group(2))).isPositive();
      assertThat(Double.parseDouble(m.group(4))).isPositive();
      assertThat(Double.parseDouble(m.group(5))).isPositive();
    }
    assertThat(runs.get(0).group(3)).isEqualTo("1");
    assertThat(runs.get(1).group(3)).isEqualTo("2");
    List<String> stages = STAGE.matcher(out).results().map(r -> r.group(1)).toList();
    assertThat(stages).contains("annotate");
    assertThat(STAGE.matcher(out).results().mapToDouble(r -> Double.parseDouble(r.group(2))).sum())
        .isPositive();
    assertThat(HEAP.matcher(out).results().map(r -> Long.parseLong(r.group(1))).toList())
        .hasSize(2)
        .allMatch(mb -> mb > 0);
  }

  @Test
  void buildsAMixedStreamWithOneDiplomaticDocumentInTenAndTimesTriage() {
    String out =
        run(
            "bench",
            "--threads",
            "1",
            "--triage",
            "--warmup",
            "0",
            "--documents",
            "20",
            "--examples",
            "../examples");

    assertThat(out).contains("bench: 20 documents").contains("bench: 1 thread\n");
    assertThat(out)
        .doesNotContain("bench: 2 threads")
        .doesNotContain("failed")
        .doesNotContain("warmed up");
    assertThat(out).containsPattern("triage kept [0-9]+ of [0-9]+ sentences");
    Matcher m = RUN.matcher(out);
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("20");
    assertThat(Double.parseDouble(m.group(4))).isPositive();
    assertThat(STAGE.matcher(out).results().map(r -> r.group(1)).toList())
        .startsWith("triage")
        .contains("annotate");
  }
}
