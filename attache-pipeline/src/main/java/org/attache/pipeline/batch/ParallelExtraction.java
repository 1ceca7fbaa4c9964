package org.attache.pipeline.batch;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.analysis.PipelineListener;
import org.attache.pipeline.read.ReadResult;

/**
 * Runs the extractor over a stream of inputs on several threads and hands the outcomes on in input
 * order, so that the same corpus gives the same output whatever the thread count. At most a few
 * documents per thread are in memory at once. A document whose extraction fails is reported as
 * {@link Outcome.Failed} and the rest go on.
 */
public final class ParallelExtraction {
  private final Extractor extractor;
  private final int threads;
  private final PipelineListener listener;

  /** Extraction on {@code threads} threads, each document's stages told to {@code listener}. */
  public ParallelExtraction(Extractor extractor, int threads, PipelineListener listener) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.extractor = requireNonNull(extractor, "extractor is null");
    this.threads = threads;
    this.listener = requireNonNull(listener, "listener is null");
  }

  /** Extracts every input and passes each outcome, in input order, to {@code sink}. */
  public void run(Iterator<ReadResult> inputs, Consumer<Outcome> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, ParallelExtraction::daemon);
    try {
      Deque<Future<Outcome>> window = new ArrayDeque<>();
      int limit = threads * 4;
      while (inputs.hasNext()) {
        ReadResult input = inputs.next();
        window.addLast(pool.submit(() -> process(input)));
        if (window.size() >= limit) {
          sink.accept(take(window.removeFirst()));
        }
      }
      while (!window.isEmpty()) {
        sink.accept(take(window.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private Outcome process(ReadResult input) {
    if (input instanceof ReadResult.Failed failed) {
      return new Outcome.Failed(failed.source(), failed.reason());
    }
    ReadResult.Read read = (ReadResult.Read) input;
    try {
      return new Outcome.Extracted(read.document(), extractor.extract(read.document(), listener));
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome.Failed(
          read.document().source(),
          "extraction failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static Outcome take(Future<Outcome> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while extracting", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Extraction failed unexpectedly", e.getCause());
    }
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "attache-extract");
    thread.setDaemon(true);
    return thread;
  }
}
