package org.attache.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Supplier;
import org.attache.ingest.watch.FetchLimits;
import org.attache.ingest.watch.Poller;
import org.attache.ingest.watch.Watching;
import org.attache.pipeline.Extractor;
import org.attache.store.Database;
import org.attache.store.sources.Sources;

/**
 * The sources polled beside the server, on a thread of their own, when the store has any; closing
 * it stops the polls after the one under way.
 */
final class SourceWatch implements AutoCloseable {
  private final Optional<Running> running;

  private record Running(Watching watching, Poller poller, Thread thread) {}

  private SourceWatch(Optional<Running> running) {
    this.running = running;
  }

  /** Starts polling when the store has sources, with the standard limits. */
  static SourceWatch startIfSources(
      Database database, Supplier<Extractor> extractor, PrintWriter err) {
    Sources sources = new Sources(database);
    if (sources.count() == 0) {
      return new SourceWatch(Optional.empty());
    }
    Poller poller = new Poller(database, extractor, Extractor.VERSION, FetchLimits.standard());
    Watching watching =
        new Watching(
            poller,
            sources,
            poll -> WatchCommand.report(err, poll),
            trouble -> {
              synchronized (err) {
                err.println("attache: serve: watch: " + trouble);
                err.flush();
              }
            });
    Thread thread = new Thread(watching, "attache-watch");
    thread.setDaemon(true);
    thread.start();
    err.println("attache: serve: watching " + sources.count() + " sources");
    err.flush();
    return new SourceWatch(Optional.of(new Running(watching, poller, thread)));
  }

  @Override
  public void close() throws InterruptedException {
    if (running.isPresent()) {
      running.get().watching().stop();
      running.get().thread().join();
      running.get().poller().close();
    }
  }
}
