package org.attache.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The job's command line, the main class for {@code spark-submit} and {@code ./attache-spark}. Uses
 * the session already active in this JVM, if any, and otherwise makes one from the Spark settings
 * it was started with (the master among them), stopped at the end.
 */
@Command(
    name = "attache-spark",
    mixinStandardHelpOptions = true,
    version = "attache-spark 0.1.0",
    description = {
      "Extracts one record per document (RECORDS.md) with Spark: the same records as"
          + " 'attache extract', written under DIR/records and, for inputs that give none,"
          + " DIR/errors (source, reason), both sorted by input."
    })
public final class SparkExtract implements Callable<Integer> {
  /** The job ran; some inputs may have gone to the errors output. */
  static final int OK = 0;

  /** The job could not run: bad arguments, an existing output, an input of the wrong kind. */
  static final int FAILED = 2;

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files or directories to read, in this order; for parquet, tables.")
  List<String> inputs;

  @Option(
      names = "--input-format",
      required = true,
      paramLabel = "FORMAT",
      description =
          "jsonl (JSON Lines corpora with id, title, text, published, source), text (text and"
              + " HTML files, with or without a TITLE:/DATE:/SOURCE: header) or parquet (tables"
              + " with the columns of a corpus line).")
  InputFormat inputFormat;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "A directory that does not exist yet.")
  String output;

  @Option(
      names = "--output-format",
      paramLabel = "FORMAT",
      description = "jsonl (the lines of 'attache extract', the default) or parquet.")
  OutputFormat outputFormat = OutputFormat.JSONL;

  @Option(
      names = "--triage",
      description =
          "Give a document that names no known actor or holds no trigger word an empty record"
              + " without analysing it, and analyse only the sentences that can hold a record, as"
              + " 'attache extract --triage' does.")
  boolean triage;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Tasks that share the extraction (default: three per core).")
  int partitions;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return new CommandLine(new SparkExtract()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    JobSettings settings;
    try {
      settings = new JobSettings(inputs, inputFormat, output, outputFormat, partitions, triage);
    } catch (IllegalArgumentException e) {
      err.println("attache-spark: " + e.getMessage());
      return FAILED;
    }
    Optional<SparkSession> active = activeSession();
    SparkSession spark =
        active.orElseGet(() -> SparkSession.builder().appName("attache-extract").getOrCreate());
    try {
      JobSummary summary = ExtractionJob.run(spark, settings);
      err.println(
          "attache-spark: "
              + summary.records()
              + " records, "
              + summary.errors()
              + " inputs failed; see "
              + output);
      return OK;
    } catch (SparkJobException e) {
      err.println("attache-spark: " + e.getMessage());
      return FAILED;
    } finally {
      err.flush();
      if (active.isEmpty()) {
        spark.stop();
      }
    }
  }

  private static Optional<SparkSession> activeSession() {
    scala.Option<SparkSession> active = SparkSession.getActiveSession();
    return active.isDefined() ? Optional.of(active.get()) : Optional.empty();
  }
}
