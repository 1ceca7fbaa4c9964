package org.attache.ingest;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Reports an ingest on a writer (standard error, for the command line): a line at most every {@code
 * interval} with the documents done, the rate and the errors, each failed input as it comes, and
 * the totals at the end.
 */
public final class ProgressReport implements ProgressListener {
  private final PrintWriter out;
  private final long intervalNanos;
  private long last = System.nanoTime();

  public ProgressReport(PrintWriter out, Duration interval) {
    this.out = requireNonNull(out, "out is null");
    this.intervalNanos = interval.toNanos();
  }

  @Override
  public void progress(IngestSummary sofar) {
    long now = System.nanoTime();
    if (now - last >= intervalNanos) {
      last = now;
      out.println("attache: ingest: " + sofar.describe());
      out.flush();
    }
  }

  @Override
  public void failed(String source, String reason) {
    out.println("attache: ingest: cannot ingest '" + source + "': " + reason);
    out.flush();
  }

  @Override
  public void finished(IngestSummary total) {
    out.println("attache: ingest: done, " + total.describe());
    out.flush();
  }
}
