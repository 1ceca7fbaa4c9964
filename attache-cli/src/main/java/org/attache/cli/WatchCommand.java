package org.attache.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.attache.ingest.watch.FetchLimits;
import org.attache.ingest.watch.Poller;
import org.attache.ingest.watch.SourcePoll;
import org.attache.ingest.watch.Watching;
import org.attache.pipeline.Extractor;
import org.attache.store.sources.SeedFile;
import org.attache.store.sources.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attache watch}: polls the sources as they fall due and ingests their new items. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Polls each source (see 'attache sources') on its interval and ingests every new item:"
          + " its page's main text, or its PDF's text, extracted and stored once. robots.txt is"
          + " honoured, unchanged sources are not fetched again (ETag, Last-Modified), a failing"
          + " source is put off the longer the more it fails, or as long as its Retry-After asks.",
      "Each item is stored with its document in one transaction: a watch killed at any point and"
          + " started again loses and repeats nothing. 'attache serve' does the same while it"
          + " serves, when there are sources.",
      "One line per source polled goes to stderr. Stop with Ctrl-C."
    })
public final class WatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Mixin TriageOption triage = new TriageOption();

  @Option(
      names = "--once",
      description = "Poll the sources due now once, then stop; exit status 1 if any failed.")
  boolean once;

  @Option(names = "--all", description = "With --once: poll every source now, due or not.")
  boolean all;

  @Option(
      names = "--timeout",
      paramLabel = "TIME",
      description = "The longest one fetch may take, e.g. 30s (default: 30s).")
  String timeout = "30s";

  @Option(
      names = "--max-page-size",
      paramLabel = "SIZE",
      description = "The largest page, PDF or feed taken, in bytes or with K or M (default: 10M).")
  String maxPageSize = "10M";

  @Option(
      names = "--host-delay",
      paramLabel = "TIME",
      description =
          "The least time between two requests to one host, e.g. 1s (default: 1s; a site's"
              + " robots.txt may ask for more).")
  String hostDelay = "1s";

  /** The fetch limits the options give. */
  FetchLimits limits() {
    return FetchLimits.standard()
        .withTimeout(SeedFile.interval(timeout))
        .withMaxBytes(ServeCommand.size("--max-page-size", maxPageSize))
        .withHostDelay(SeedFile.interval(hostDelay));
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    FetchLimits limits = limits();
    try (StoreOptions.Store opened = store.open();
        Poller poller =
            new Poller(opened.database(), triage::extractor, Extractor.VERSION, limits)) {
      if (once) {
        List<SourcePoll> polls = poller.pollDue(all, poll -> report(err, poll));
        err.println("attache: watch: polled " + polls.size() + " sources");
        err.flush();
        boolean failed = polls.stream().anyMatch(p -> p.error().isPresent());
        return failed ? ExitCodes.SOME_FAILED : ExitCodes.OK;
      }
      Watching watching =
          new Watching(
              poller,
              new Sources(opened.database()),
              poll -> report(err, poll),
              trouble -> report(err, "attache: watch: " + trouble));
      CountDownLatch done = new CountDownLatch(1);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    watching.stop();
                    try {
                      done.await();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }));
      err.println("attache: watch: watching the sources (Ctrl-C to stop)");
      err.flush();
      try {
        watching.run();
      } finally {
        done.countDown();
      }
      return ExitCodes.OK;
    }
  }

  static void report(PrintWriter err, SourcePoll poll) {
    report(err, "attache: watch: " + poll.describe());
  }

  private static void report(PrintWriter err, String line) {
    synchronized (err) {
      err.println(line);
      err.flush();
    }
  }
}
