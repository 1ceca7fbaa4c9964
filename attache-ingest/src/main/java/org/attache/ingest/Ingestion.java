package org.attache.ingest;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.attache.model.error.AttacheException;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.analysis.PipelineListener;
import org.attache.pipeline.batch.Outcome;
import org.attache.pipeline.batch.ParallelExtraction;
import org.attache.pipeline.read.ReadResult;
import org.attache.store.Database;
import org.attache.store.StoreException;
import org.attache.store.ingest.DocumentWriter;
import org.attache.store.stories.Stories;

/**
 * Ingests a stream of documents: skips those stored already (before extracting them), extracts the
 * rest on several threads and stores each in its own transaction on one writer thread, the
 * caller's. Memory stays bounded: inputs are read lazily and only a few documents per thread are in
 * flight. Running it again after a crash finishes the work without duplicates. At the end, the
 * documents stored are grouped into stories ({@link Stories}).
 */
public final class Ingestion {
  /** Documents stored in one run after which the planner's statistics are refreshed. */
  static final int ANALYZE_AFTER = 100;

  /** Store failures in a row after which the ingest gives up: the database is likely gone. */
  static final int FAILURES_IN_A_ROW = 20;

  private final Database database;
  private final Extractor extractor;
  private final String extractorVersion;
  private final int threads;
  private final ProgressListener listener;

  /**
   * An ingestion into a database.
   *
   * @param extractorVersion the version stored with the records, normally {@link Extractor#VERSION}
   * @param threads documents extracted at once
   */
  public Ingestion(
      Database database,
      Extractor extractor,
      String extractorVersion,
      int threads,
      ProgressListener listener) {
    this.database = requireNonNull(database, "database is null");
    this.extractor = requireNonNull(extractor, "extractor is null");
    this.extractorVersion = requireNonNull(extractorVersion, "extractorVersion is null");
    if (threads < 1) {
      throw AttacheException.badInput("threads must be at least 1: " + threads);
    }
    this.threads = threads;
    this.listener = requireNonNull(listener, "listener is null");
  }

  /**
   * Ingests every input.
   *
   * @throws StoreException when the store fails {@value #FAILURES_IN_A_ROW} times in a row
   */
  public IngestSummary run(Iterator<ReadResult> inputs) {
    Counts counts = new Counts(System.nanoTime());
    try (DocumentWriter writer = new DocumentWriter(database)) {
      Iterator<ReadResult> needed = new Needed(inputs, writer, counts);
      new ParallelExtraction(extractor, threads, PipelineListener.NONE)
          .run(
              needed,
              outcome -> {
                if (outcome instanceof Outcome.Extracted extracted) {
                  store(writer, extracted, counts);
                } else {
                  Outcome.Failed failed = (Outcome.Failed) outcome;
                  counts.failed++;
                  listener.failed(failed.source(), failed.reason());
                }
                listener.progress(counts.summary());
              });
    }
    if (counts.stored + counts.reextracted >= ANALYZE_AFTER) {
      database.refreshStatistics();
    }
    new Stories(database).groupPending();
    IngestSummary total = counts.summary();
    listener.finished(total);
    return total;
  }

  private void store(DocumentWriter writer, Outcome.Extracted extracted, Counts counts) {
    try {
      switch (writer.write(
          Incoming.of(extracted.document()), extracted.record(), extractorVersion)) {
        case STORED -> counts.stored++;
        case REEXTRACTED -> counts.reextracted++;
        case UNCHANGED -> counts.unchanged++;
      }
      counts.failuresInARow = 0;
    } catch (StoreException e) {
      counts.failed++;
      listener.failed(extracted.source(), e.getMessage());
      if (++counts.failuresInARow >= FAILURES_IN_A_ROW) {
        throw e;
      }
    } catch (RuntimeException e) {
      counts.failed++;
      listener.failed(extracted.source(), "cannot be stored: " + e);
    }
  }

  /** Running totals, touched only by the ingesting thread. */
  private static final class Counts {
    private final long start;
    long stored;
    long reextracted;
    long unchanged;
    long failed;
    int failuresInARow;

    Counts(long start) {
      this.start = start;
    }

    IngestSummary summary() {
      return new IngestSummary(
          stored, reextracted, unchanged, failed, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** The inputs that need extracting: read failures, and documents not stored yet. */
  private final class Needed implements Iterator<ReadResult> {
    private final Iterator<ReadResult> inputs;
    private final DocumentWriter writer;
    private final Counts counts;
    private ReadResult next;

    Needed(Iterator<ReadResult> inputs, DocumentWriter writer, Counts counts) {
      this.inputs = inputs;
      this.writer = writer;
      this.counts = counts;
    }

    @Override
    public boolean hasNext() {
      while (next == null && inputs.hasNext()) {
        ReadResult input = inputs.next();
        if (input instanceof ReadResult.Read read
            && !writer.needs(read.document().id(), extractorVersion)) {
          counts.unchanged++;
          listener.progress(counts.summary());
        } else {
          next = input;
        }
      }
      return next != null;
    }

    @Override
    public ReadResult next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ReadResult result = next;
      next = null;
      return result;
    }
  }
}
