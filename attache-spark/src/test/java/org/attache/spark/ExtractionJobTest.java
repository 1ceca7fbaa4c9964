package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExtractionJobTest {
  private final SparkSession spark = TestingSpark.session();

  /** Asserts that the job wrote the records the command line gives for the four documents. */
  private static void assertWritesTheFourRecordsOf(Path out, List<String> commandLine) {
    assertThat(commandLine).hasSize(4);
    assertThat(TestingCorpus.outputLines(out.resolve("records")))
        .containsExactlyElementsOf(commandLine);
  }

  @ParameterizedTest
  @EnumSource(
      value = InputFormat.class,
      names = {"JSONL", "TEXT"})
  void jsonLinesAndATextFolderGiveTheRecordsOfTheCommandLine(
      InputFormat format, @TempDir Path dir) {
    Path corpus =
        format == InputFormat.JSONL
            ? TestingCorpus.writeJsonLines(dir.resolve("corpus.jsonl"))
            : TestingCorpus.writeTextFolder(dir.resolve("communiqués"));
    Path out = dir.resolve("out");

    JobSummary summary = ExtractionJob.run(spark, settings(corpus, format, out));

    assertWritesTheFourRecordsOf(out, TestingCorpus.commandLineRecords(corpus));
    assertThat(summary).isEqualTo(new JobSummary(4, 1));
  }

  @Test
  void withTriageTheJobGivesTheRecordsOfTheCommandLineWithTriage(@TempDir Path dir) {
    Path corpus = TestingCorpus.writeJsonLines(dir.resolve("corpus.jsonl"));
    Path out = dir.resolve("out");

    ExtractionJob.run(
        spark,
        new JobSettings(
            List.of(corpus.toString()),
            InputFormat.JSONL,
            out.toString(),
            OutputFormat.JSONL,
            3,
            true));

    assertWritesTheFourRecordsOf(
        out, TestingCorpus.commandLineRecords(corpus, Extractor.standardWithTriage()));
  }

  @Test
  void unreadableInputsAreRowsOfTheErrorsOutput(@TempDir Path dir) {
    Path corpus = TestingCorpus.writeJsonLines(dir.resolve("corpus.jsonl"));
    Path folder = TestingCorpus.writeTextFolder(dir.resolve("texts"));
    Path out = dir.resolve("out");

    ExtractionJob.run(
        spark,
        new JobSettings(
            List.of(folder.toString(), corpus.toString(), dir.resolve("missing.txt").toString()),
            InputFormat.TEXT,
            out.toString(),
            OutputFormat.JSONL,
            3));

    ReadResult.Failed badLine = TestingCorpus.failures(corpus).get(0);
    assertThat(badLine.source()).isEqualTo(corpus + ":4");
    assertThat(TestingCorpus.outputLines(out.resolve("errors")))
        .containsExactly(
            error(folder.resolve("empty.txt").toString(), "empty"),
            error(badLine.source(), badLine.reason()),
            error(dir.resolve("missing.txt").toString(), "no such file"));
  }

  @Test
  void anOutputThatExistsIsRefusedBeforeAnyWork(@TempDir Path dir) throws Exception {
    Path corpus = TestingCorpus.writeJsonLines(dir.resolve("corpus.jsonl"));
    Path out = Files.createDirectory(dir.resolve("out"));

    assertThatThrownBy(() -> ExtractionJob.run(spark, settings(corpus, InputFormat.JSONL, out)))
        .isInstanceOf(SparkJobException.class)
        .hasMessage("Cannot write '" + out + "': it already exists; give a new directory");
  }

  @Test
  void aFolderWithoutFilesOfTheFormatIsRefused(@TempDir Path dir) {
    Path folder = TestingCorpus.writeTextFolder(dir.resolve("texts"));

    assertThatThrownBy(
            () -> ExtractionJob.run(spark, settings(folder, InputFormat.JSONL, dir.resolve("out"))))
        .isInstanceOf(SparkJobException.class)
        .hasMessage(
            "Cannot read '"
                + folder
                + "': no file there ends in .jsonl, .ndjson, .jsonl.gz, .ndjson.gz");
  }

  private static JobSettings settings(Path input, InputFormat format, Path out) {
    return new JobSettings(
        List.of(input.toString()), format, out.toString(), OutputFormat.JSONL, 3);
  }

  private static String error(String source, String reason) {
    return "{\"source\":"
        + TestingCorpus.quoted(source)
        + ",\"reason\":"
        + TestingCorpus.quoted(reason)
        + "}";
  }
}
