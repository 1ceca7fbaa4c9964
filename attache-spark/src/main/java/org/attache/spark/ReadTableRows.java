package org.attache.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.read.SourceDocument;

/**
 * Reads the rows of a Parquet table as corpus lines, on the executor: each input row ({@code file},
 * {@code row}, {@code json}, the row's columns as one JSON object) gives one {@link
 * Columns#DOCUMENT} row.
 *
 * <p>The project's JSON Lines reader is the one definition of what a corpus item means (which ids
 * count, dates in their many forms, the address). It reads files, so the partition's lines go
 * through a temporary file, deleted when the partition is done. A row then gives the same document
 * as the same line in a corpus, named {@code FILE#id}, or {@code FILE:n} for the n-th row (from 1)
 * of a table without an id.
 */
final class ReadTableRows implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final Map<String, Long> fileOrders;

  /**
   * @param fileOrders the place of each file of the table, by the path Spark gives its rows
   */
  ReadTableRows(Map<String, Long> fileOrders) {
    this.fileOrders = new HashMap<>(requireNonNull(fileOrders, "fileOrders is null"));
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) throws IOException {
    if (!rows.hasNext()) {
      return rows;
    }
    Path lines = Files.createTempFile("attache-table-rows-", ".jsonl");
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) context -> delete(lines));
    }
    List<Origin> origins = new ArrayList<>();
    try (BufferedWriter out = Files.newBufferedWriter(lines, UTF_8)) {
      while (rows.hasNext()) {
        Row row = rows.next();
        String file = row.getString(0);
        Long fileOrder = fileOrders.get(file);
        if (fileOrder == null) {
          throw new IllegalStateException("Row of a file not listed for the table: " + file);
        }
        origins.add(new Origin(fileOrder, row.getLong(1), displayed(file)));
        out.write(row.getString(2));
        out.write('\n');
      }
    } catch (IOException | RuntimeException e) {
      delete(lines);
      throw e;
    }
    return new Documents(lines, DocumentReaders.create().read(lines), origins);
  }

  /** A local file as a path, like the other sources; any other address as Spark gives it. */
  static String displayed(String file) {
    if (file.startsWith("file:")) {
      try {
        return Path.of(new URI(file)).toString();
      } catch (URISyntaxException | IllegalArgumentException e) {
        return file;
      }
    }
    return file;
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the temporary file '" + file + "'", e);
    }
  }

  /** Where the n-th line of the temporary file came from. */
  private record Origin(long fileOrder, long row, String file) {}

  private static final class Documents implements Iterator<Row> {
    private final Path lines;
    private final String linesName;
    private final Stream<ReadResult> results;
    private final Iterator<ReadResult> iterator;
    private final List<Origin> origins;
    private int index;

    Documents(Path lines, Stream<ReadResult> results, List<Origin> origins) {
      this.lines = lines;
      this.linesName = lines.toString();
      this.results = results;
      this.iterator = results.iterator();
      this.origins = origins;
    }

    @Override
    public boolean hasNext() {
      if (iterator.hasNext()) {
        return true;
      }
      results.close();
      delete(lines);
      if (index != origins.size()) {
        throw new IllegalStateException(
            "The reader gave " + index + " results for " + origins.size() + " rows");
      }
      return false;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more rows in this partition");
      }
      ReadResult result = iterator.next();
      Origin origin = origins.get(index);
      index++;
      String source = source(result.source(), index, origin);
      ReadResult renamed;
      if (result instanceof ReadResult.Read read) {
        SourceDocument document = read.document();
        renamed =
            new ReadResult.Read(
                new SourceDocument(
                    source,
                    document.title(),
                    document.published(),
                    document.body(),
                    document.url()));
      } else {
        renamed = new ReadResult.Failed(source, ((ReadResult.Failed) result).reason());
      }
      return DocumentRows.of(origin.fileOrder(), origin.row(), renamed);
    }

    /** {@code FILE#id} for a line with an id, {@code FILE:n} for the n-th row otherwise. */
    private String source(String readerSource, int line, Origin origin) {
      String idPrefix = linesName + "#";
      if (readerSource.startsWith(idPrefix)) {
        return origin.file() + "#" + readerSource.substring(idPrefix.length());
      }
      if (readerSource.equals(linesName + ":" + line)) {
        return origin.file() + ":" + (origin.row() + 1);
      }
      throw new IllegalStateException("The reader named line " + line + " '" + readerSource + "'");
    }
  }
}
