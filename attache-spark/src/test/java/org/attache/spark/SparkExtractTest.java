package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SparkExtractTest {
  private final StringWriter err = new StringWriter();

  @Test
  void runsTheJobAndSaysWhatItWrote(@TempDir Path dir) {
    TestingSpark.session();
    Path folder = TestingCorpus.writeTextFolder(dir.resolve("texts"));
    Path out = dir.resolve("out");

    int status =
        run(
            "--input",
            folder.toString(),
            "--input-format",
            "text",
            "--output",
            out.toString(),
            "--partitions",
            "2");

    assertThat(status).isEqualTo(SparkExtract.OK);
    assertThat(err.toString())
        .isEqualTo("attache-spark: 4 records, 1 inputs failed; see " + out + "\n");
    assertThat(TestingCorpus.outputLines(out.resolve("records"))).hasSize(4);
  }

  @Test
  void refusesAnUnknownFormat() {
    int status = run("--input", "x", "--input-format", "pdf", "--output", "out");

    assertThat(status).isEqualTo(SparkExtract.FAILED);
    assertThat(err.toString())
        .startsWith(
            "Invalid value for option '--input-format': expected one of [JSONL, TEXT, PARQUET]"
                + " (case-insensitive) but was 'pdf'");
  }

  @Test
  void refusesNegativePartitions() {
    int status =
        run("--input", "x", "--input-format", "jsonl", "--output", "out", "--partitions", "-1");

    assertThat(status).isEqualTo(SparkExtract.FAILED);
    assertThat(err.toString()).isEqualTo("attache-spark: partitions must not be negative: -1\n");
  }

  @Test
  void reportsAnExistingOutput(@TempDir Path dir) throws Exception {
    TestingSpark.session();
    Path out = Files.createDirectory(dir.resolve("out"));

    int status = run("--input", "x", "--input-format", "jsonl", "--output", out.toString());

    assertThat(status).isEqualTo(SparkExtract.FAILED);
    assertThat(err.toString())
        .isEqualTo(
            "attache-spark: Cannot write '" + out + "': it already exists; give a new directory\n");
  }

  private int run(String... args) {
    CommandLine command = SparkExtract.commandLine();
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }
}
