package org.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.ingest.IngestSummary;
import org.attache.ingest.Ingestion;
import org.attache.ingest.ProgressReport;
import org.attache.ingest.records.RecordsLoad;
import org.attache.model.error.AttacheException;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.DocumentReaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attache ingest PATH...}: extracts documents and stores them, merged, in PostgreSQL. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts every document and stores its record in the store, merging what several"
          + " documents report into one meeting, person or agreement with several sources.",
      "A document stored already is skipped; one stored by an earlier extractor version is"
          + " re-extracted, keeping every reviewed field. Each document is stored in one"
          + " transaction: after a crash, run the same command again.",
      "With --records, stores records made already (by 'attache extract' or attache-spark:"
          + " JSON Lines, Spark's part files, or Parquet) without extracting again; each"
          + " document's text is read again from the file its record names, and must match."
          + " A line that cannot be loaded is reported with its file and line and skipped.",
      "Progress goes to stderr. The exit status is 1 when some inputs failed."
    })
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Mixin ExtractionOptions extraction = new ExtractionOptions();

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories to read.")
  List<Path> paths = List.of();

  @Option(
      names = "--records",
      paramLabel = "FILE|DIR",
      description =
          "Record files, or folders of them (Spark's output folder 'records'), to store without"
              + " extracting; repeatable.")
  List<Path> records = List.of();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (paths.isEmpty() == records.isEmpty()) {
      throw AttacheException.badInput(
          "Give documents to extract (PATH...) or records to store (--records), not "
              + (paths.isEmpty() ? "neither" : "both"));
    }
    if (!records.isEmpty()) {
      return loadRecords(err);
    }
    try (StoreOptions.Store opened = store.open()) {
      IngestSummary summary =
          new Ingestion(
                  opened.database(),
                  extraction.extractor(),
                  Extractor.VERSION,
                  extraction.threads,
                  new ProgressReport(err, Duration.ofSeconds(2)))
              .run(Inputs.of(DocumentReaders.create(), paths));
      err.println(
          String.format(
              Locale.ROOT,
              "attache: ingest: the store at %s holds %.1f MB",
              opened.database().description(),
              opened.database().sizeInBytes() / 1e6));
      err.flush();
      return summary.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
  }

  private int loadRecords(PrintWriter err) {
    try (StoreOptions.Store opened = store.open()) {
      RecordsLoad.Summary summary =
          new RecordsLoad(opened.database(), Extractor.VERSION, err).load(records);
      err.println(
          String.format(
              Locale.ROOT,
              "attache: ingest: %d records stored, %d stored already, %d replacing an older version's, %d failed",
              summary.stored(),
              summary.unchanged(),
              summary.reextracted(),
              summary.failed()));
      err.flush();
      return summary.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
  }
}
