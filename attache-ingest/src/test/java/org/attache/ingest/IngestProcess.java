package org.attache.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.store.Database;

/**
 * The child process of {@link CrashRecoveryTest}: ingests a folder into a database with the
 * standard extractor on two threads, as {@code attache ingest --db URL FOLDER} does.
 */
public final class IngestProcess {
  private IngestProcess() {}

  public static void main(String[] args) {
    Database database = Database.open(args[0]);
    PrintWriter err = new PrintWriter(System.err, true, UTF_8);
    try (Stream<ReadResult> inputs = DocumentReaders.create().read(Path.of(args[1]))) {
      IngestSummary summary =
          new Ingestion(
                  database,
                  Extractor.standard(),
                  Extractor.VERSION,
                  2,
                  new ProgressReport(err, Duration.ofSeconds(1)))
              .run(inputs.iterator());
      System.exit(summary.failed() == 0 ? 0 : 1);
    }
  }
}
