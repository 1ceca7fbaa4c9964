package org.attache.ingest;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.store.Database;

/** Ingests files with the standard extractor, as {@code attache ingest} does. */
public final class TestingIngest {
  private TestingIngest() {}

  public static IngestSummary ingest(Database database, Path path) {
    return ingest(database, path, Extractor.VERSION);
  }

  /** Ingests as if the extractor were of another version. */
  public static IngestSummary ingest(Database database, Path path, String extractorVersion) {
    try (Stream<ReadResult> inputs = DocumentReaders.create().read(path)) {
      Iterator<ReadResult> iterator = inputs.iterator();
      return new Ingestion(
              database, Extractor.standard(), extractorVersion, 2, ProgressListener.silent())
          .run(iterator);
    }
  }
}
