package org.attache.ingest.records;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.attache.ingest.Incoming;
import org.attache.model.DocumentRecord;
import org.attache.model.RecordCodec;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.read.SourceDocument;
import org.attache.store.Database;
import org.attache.store.StoreException;
import org.attache.store.ingest.DocumentWriter;
import org.attache.store.ingest.ParquetRecords;
import org.attache.store.stories.Stories;

/**
 * Loads records made elsewhere (the lines of {@code attache extract}, or what {@code attache-spark}
 * writes: text part files of JSON lines, or Parquet with a {@code record_json} column) into the
 * store without extracting again. A record holds no text, so each document's text is read again
 * from the file its {@code source} names, and must be the text the record was made from: its
 * SHA-256 must be the record's id. Records come in the order of their inputs, so each input file is
 * read once, along with them.
 *
 * <p>Each document is stored in one transaction, as {@code attache ingest} stores it; a document
 * stored already is left as it is, so that a second run changes nothing. A line that is not a
 * record, or whose text cannot be found, is reported with its file and line and skipped.
 */
public final class RecordsLoad {
  private final Database database;
  private final String extractorVersion;
  private final PrintWriter err;
  private final DocumentReaders readers = DocumentReaders.create();
  private Optional<Path> openFile = Optional.empty();
  private Iterator<ReadResult> openDocuments = List.<ReadResult>of().iterator();
  private Stream<ReadResult> openStream = Stream.empty();

  /** What a load did. */
  public record Summary(long stored, long unchanged, long reextracted, long failed) {}

  public RecordsLoad(Database database, String extractorVersion, PrintWriter err) {
    this.database = requireNonNull(database, "database is null");
    this.extractorVersion = requireNonNull(extractorVersion, "extractorVersion is null");
    this.err = requireNonNull(err, "err is null");
  }

  /**
   * Loads every record file of the paths, in order: a folder's files by name.
   *
   * @throws UncheckedIOException when a path cannot be listed
   */
  public Summary load(List<Path> paths) {
    long[] counts = new long[4];
    try (DocumentWriter writer = new DocumentWriter(database)) {
      for (Path file : files(paths)) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".parquet")) {
          loadParquet(file, writer, counts);
        } else {
          loadLines(file, writer, counts);
        }
      }
    } finally {
      openStream.close();
    }
    new Stories(database).groupPending();
    return new Summary(counts[0], counts[1], counts[2], counts[3]);
  }

  private static List<Path> files(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> listed = Files.list(path)) {
          listed
              .filter(Files::isRegularFile)
              .filter(RecordsLoad::recordFile)
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot list '" + path + "'", e);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /** Spark's part files and record files; not its markers (_SUCCESS, .crc). */
  private static boolean recordFile(Path file) {
    String name = file.getFileName().toString();
    return !name.startsWith("_")
        && !name.startsWith(".")
        && (name.startsWith("part-") || name.endsWith(".jsonl") || name.endsWith(".parquet"));
  }

  private void loadLines(Path file, DocumentWriter writer, long[] counts) {
    try (BufferedReader in = Files.newBufferedReader(file, UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (!line.isBlank()) {
          loadOne(file + ":" + number, line, writer, counts);
        }
      }
    } catch (IOException e) {
      fail(file.toString(), "cannot be read: " + e.getMessage(), counts);
    }
  }

  private void loadParquet(Path file, DocumentWriter writer, long[] counts) {
    try {
      ParquetRecords.read(
          file, (row, json) -> loadOne(file + ": row " + row, json, writer, counts));
    } catch (StoreException e) {
      fail(file.toString(), e.getMessage(), counts);
    }
  }

  private void loadOne(String where, String json, DocumentWriter writer, long[] counts) {
    DocumentRecord record;
    try {
      record = RecordCodec.fromJson(json);
    } catch (RuntimeException e) {
      fail(where, "not a record: " + e.getMessage(), counts);
      return;
    }
    Optional<SourceDocument> document;
    try {
      document = text(record);
    } catch (RuntimeException e) {
      fail(where, "the text of " + record.document().source() + ": " + e.getMessage(), counts);
      return;
    }
    if (document.isEmpty()) {
      fail(
          where,
          "no document of "
              + record.document().source()
              + " has the text of record "
              + record.document().id(),
          counts);
      return;
    }
    try {
      switch (writer.write(Incoming.of(document.get()), record, extractorVersion)) {
        case STORED -> counts[0]++;
        case UNCHANGED -> counts[1]++;
        case REEXTRACTED -> counts[2]++;
      }
    } catch (RuntimeException e) {
      fail(where, "not stored: " + e.getMessage(), counts);
    }
  }

  /**
   * The document a record was made from: read from the file its source names ({@code FILE}, {@code
   * FILE:LINE} or {@code FILE#ID} for a JSON Lines corpus), reading on from where the last record's
   * was found, and once more from the start when it is not found after it.
   */
  private Optional<SourceDocument> text(DocumentRecord record) {
    Path file = Path.of(record.document().source().replaceFirst("(#[^/]*|:\\d+)$", ""));
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    String id = record.document().id();
    for (int pass = 0; pass < 2; pass++) {
      if (pass == 1 || openFile.isEmpty() || !openFile.get().equals(file)) {
        openStream.close();
        openStream = readers.read(file);
        openDocuments = openStream.iterator();
        openFile = Optional.of(file);
      }
      while (openDocuments.hasNext()) {
        if (openDocuments.next() instanceof ReadResult.Read read
            && read.document().id().equals(id)) {
          return Optional.of(read.document());
        }
      }
    }
    return Optional.empty();
  }

  private void fail(String where, String why, long[] counts) {
    counts[3]++;
    synchronized (err) {
      err.println("attache: ingest: " + where + ": " + why);
      err.flush();
    }
  }
}
