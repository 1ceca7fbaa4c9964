package org.attache.spark;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;

/**
 * Reads the files of a partition with the project's readers, on the executor: each input row
 * ({@code file_order}, {@code path}) gives one {@link Columns#DOCUMENT} row per document of the
 * file, or per failure. A corpus is streamed: only one line is held at a time.
 */
final class ReadFiles implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    return new Documents(DocumentReaders.create(), files);
  }

  private static final class Documents implements Iterator<Row> {
    private final DocumentReaders readers;
    private final Iterator<Row> files;
    private Stream<ReadResult> open;
    private Iterator<ReadResult> current = Collections.emptyIterator();
    private long fileOrder;
    private long itemOrder;

    Documents(DocumentReaders readers, Iterator<Row> files) {
      this.readers = readers;
      this.files = files;
      TaskContext task = TaskContext.get();
      if (task != null) {
        task.addTaskCompletionListener((TaskCompletionListener) context -> close());
      }
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        close();
        if (!files.hasNext()) {
          return false;
        }
        Row file = files.next();
        fileOrder = file.getLong(0);
        itemOrder = 0;
        open = readers.read(Path.of(file.getString(1)));
        current = open.iterator();
      }
      return true;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more documents in this partition");
      }
      return DocumentRows.of(fileOrder, itemOrder++, current.next());
    }

    private void close() {
      if (open != null) {
        open.close();
        open = null;
      }
    }
  }
}
