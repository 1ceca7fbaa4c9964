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
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.DocumentReaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
      "Progress goes to stderr. The exit status is 1 when some inputs failed."
    })
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Mixin ExtractionOptions extraction = new ExtractionOptions();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
  List<Path> paths;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
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
}
