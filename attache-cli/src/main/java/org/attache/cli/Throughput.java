package org.attache.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.attache.bench.Heap;
import org.attache.pipeline.batch.StageTimings;

/** Prints what a run cost: documents and tokens per second, time per stage, peak heap. */
final class Throughput {
  private Throughput() {}

  static void print(
      PrintWriter err, StageTimings timings, long loadNanos, long runNanos, int threads) {
    double seconds = runNanos / 1e9;
    err.printf(
        Locale.ROOT,
        "attache: %d documents, %d tokens in %.1f s on %d threads (models loaded in %.1f s):"
            + " %.1f documents/s, %.0f tokens/s%n",
        timings.documents(),
        timings.tokens(),
        seconds,
        threads,
        loadNanos / 1e9,
        timings.documents() / seconds,
        timings.tokens() / seconds);
    if (timings.sentencesSeen() > 0) {
      err.printf(
          Locale.ROOT,
          "attache: triage kept %d of %d sentences (%.0f%%) in the documents it let through%n",
          timings.sentencesKept(),
          timings.sentencesSeen(),
          100.0 * timings.sentencesKept() / timings.sentencesSeen());
    }
    long total = 0;
    for (long nanos : timings.snapshot().values()) {
      total += nanos;
    }
    for (Map.Entry<String, Long> stage : timings.snapshot().entrySet()) {
      err.printf(
          Locale.ROOT,
          "attache:   %-14s %8.1f ms/document  %5.1f%%%n",
          stage.getKey(),
          stage.getValue() / 1e6 / Math.max(1, timings.documents()),
          100.0 * stage.getValue() / Math.max(1, total));
    }
    err.printf(Locale.ROOT, "attache: peak heap %.0f MB%n", Heap.peakBytes() / 1e6);
    err.flush();
  }
}
