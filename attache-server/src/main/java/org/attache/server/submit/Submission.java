package org.attache.server.submit;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.read.SourceDocument;
import org.attache.store.Database;
import org.attache.store.ingest.IngestSummary;
import org.attache.store.ingest.Ingestion;
import org.attache.store.ingest.ProgressListener;

/**
 * Extracts a submitted document with the standard pipeline and stores it as {@code attache ingest}
 * does. The extractor's models load on the first submission, then stay.
 */
public final class Submission {
  private final Database database;
  private final Supplier<Extractor> extractor;
  private Extractor loaded;

  public Submission(Database database, Supplier<Extractor> extractor) {
    this.database = requireNonNull(database, "database is null");
    this.extractor = requireNonNull(extractor, "extractor is null");
  }

  /** What a submission gave: the stored document's id and the ingest's counts. */
  public record Result(String documentId, IngestSummary summary) {
    public Result {
      requireNonNull(documentId, "documentId is null");
      requireNonNull(summary, "summary is null");
    }
  }

  /** Submits a text with an optional title and publication date. */
  public Result text(
      String source, Optional<String> title, Optional<LocalDate> published, String text) {
    SourceDocument document = new SourceDocument(source, title, published, text);
    return ingest(document.id(), List.of(new ReadResult.Read(document)));
  }

  /**
   * Submits a file as uploaded: text (with or without a header) or HTML, read as {@code attache
   * ingest} reads files.
   *
   * @throws IllegalArgumentException naming the file when it cannot be read
   */
  public Result file(String filename, InputStream content) {
    String safe = filename.replaceAll("[^A-Za-z0-9._-]", "_");
    Path folder;
    try {
      folder = Files.createTempDirectory("attache-upload-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot make a folder for an upload", e);
    }
    Path file = folder.resolve(safe.isEmpty() ? "upload.txt" : safe);
    try {
      Files.copy(content, file);
      List<ReadResult> read;
      try (Stream<ReadResult> results = DocumentReaders.create().read(file)) {
        read = results.toList();
      }
      if (read.size() != 1) {
        throw new IllegalArgumentException(
            "'" + filename + "' holds " + read.size() + " documents: submit one at a time");
      }
      if (read.get(0) instanceof ReadResult.Failed failed) {
        throw new IllegalArgumentException("Cannot read '" + filename + "': " + failed.reason());
      }
      String id = ((ReadResult.Read) read.get(0)).document().id();
      return ingest(id, read);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the upload '" + filename + "'", e);
    } finally {
      try {
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder);
      } catch (IOException e) {
        // A temporary file left behind is harmless.
      }
    }
  }

  private synchronized Result ingest(String id, List<ReadResult> inputs) {
    if (loaded == null) {
      loaded = extractor.get();
    }
    IngestSummary summary =
        new Ingestion(database, loaded, Extractor.VERSION, 1, ProgressListener.silent())
            .run(inputs.iterator());
    if (summary.failed() > 0) {
      throw new IllegalArgumentException("The document could not be extracted and stored");
    }
    return new Result(id, summary);
  }
}
