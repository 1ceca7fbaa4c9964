package org.attache.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.bench.Heap;
import org.attache.bench.corpus.LongDocument;
import org.attache.model.DocumentRecord;
import org.attache.model.error.AttacheException;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.batch.StageTimings;
import org.attache.pipeline.read.SourceDocument;

/**
 * {@code attache bench --long}: extracts one generated {@link LongDocument} of each size on the
 * calling thread and checks that the time grows no faster than the size: the largest document may
 * take at most as many times as long as the smallest as it has times as many characters. The
 * thread's CPU time is printed beside the wall time: on a busy machine it tells what the run costs
 * when the machine is quiet.
 */
final class LongBench {
  /** The size of the documents extracted during the warm-up. */
  private static final int WARMUP_CHARACTERS = 50_000;

  private final PrintWriter out;
  private final Extractor extractor;
  private final List<Integer> sizes;
  private final int warmupSeconds;

  LongBench(PrintWriter out, Extractor extractor, List<Integer> sizes, int warmupSeconds) {
    if (sizes.size() < 2) {
      throw AttacheException.badInput("--long-sizes needs two sizes or more: " + sizes);
    }
    for (int i = 0; i < sizes.size(); i++) {
      if (sizes.get(i) < 1_000 || (i > 0 && sizes.get(i) <= sizes.get(i - 1))) {
        throw AttacheException.badInput(
            "--long-sizes must be increasing sizes of 1000 characters or more: " + sizes);
      }
    }
    this.out = out;
    this.extractor = extractor;
    this.sizes = List.copyOf(sizes);
    this.warmupSeconds = warmupSeconds;
  }

  /** Runs the sizes in turn and returns the exit status. */
  int run() {
    warmUp();
    List<Long> nanos = new ArrayList<>();
    for (int size : sizes) {
      nanos.add(time(size));
    }
    int smallest = sizes.get(0);
    int largest = sizes.get(sizes.size() - 1);
    double timeRatio = (double) nanos.get(nanos.size() - 1) / nanos.get(0);
    double sizeRatio = (double) largest / smallest;
    out.printf(
        Locale.ROOT,
        "bench: %,d characters took %.2f times as long as %,d (%.2f times as many characters)%n",
        largest,
        timeRatio,
        smallest,
        sizeRatio);
    if (timeRatio > sizeRatio) {
      out.printf(Locale.ROOT, "bench: FAILED: the time grew faster than the size%n");
      out.flush();
      return ExitCodes.FAILED;
    }
    out.printf(Locale.ROOT, "bench: the time grew no faster than the size%n");
    out.flush();
    return ExitCodes.OK;
  }

  private void warmUp() {
    if (warmupSeconds <= 0) {
      return;
    }
    long start = System.nanoTime();
    long until = start + warmupSeconds * 1_000_000_000L;
    int documents = 0;
    while (System.nanoTime() < until) {
      extractor.extract(LongDocument.of(WARMUP_CHARACTERS, documents));
      documents++;
    }
    out.printf(
        Locale.ROOT,
        "bench: warmed up on %d documents of %,d characters in %.1f s%n",
        documents,
        WARMUP_CHARACTERS,
        (System.nanoTime() - start) / 1e9);
    out.flush();
  }

  private long time(int size) {
    SourceDocument document = LongDocument.of(size, size);
    StageTimings timings = new StageTimings();
    System.gc();
    resetPeakHeap();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    DocumentRecord record = extractor.extract(document, timings);
    long elapsed = System.nanoTime() - start;
    long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
    out.printf(
        Locale.ROOT,
        "bench: long document of %,d characters, %,d tokens, %,d actors, %,d events: %.1f s"
            + " (CPU %.1f s), peak heap %.0f MB%n",
        document.text().length(),
        timings.tokens(),
        record.actors().size(),
        record.events().size(),
        elapsed / 1e9,
        cpu / 1e9,
        Heap.peakBytes() / 1e6);
    for (Map.Entry<String, Long> stage : timings.snapshot().entrySet()) {
      out.printf(
          Locale.ROOT,
          "bench:   %-14s %9.1f ms  %5.1f%%%n",
          stage.getKey(),
          stage.getValue() / 1e6,
          100.0 * stage.getValue() / Math.max(1, elapsed));
    }
    out.flush();
    return elapsed;
  }

  private static void resetPeakHeap() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }
}
