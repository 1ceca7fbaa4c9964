package org.attache.ingest.watch;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.function.Consumer;
import org.attache.store.StoreException;
import org.attache.store.sources.Sources;

/**
 * Polls the sources as they fall due, until stopped: after each round it sleeps until the next
 * source is due (at most {@link #LONGEST_NAP}, so that sources added meanwhile are seen). A round
 * that fails on the store is told and tried again after the nap.
 */
public final class Watching implements Runnable {
  /** The longest sleep between two looks at the sources. */
  static final Duration LONGEST_NAP = Duration.ofSeconds(30);

  private final Poller poller;
  private final Sources sources;
  private final Consumer<SourcePoll> heard;
  private final Consumer<String> trouble;
  private volatile boolean stopped;

  /**
   * @param heard hears each source's poll
   * @param trouble hears a round that failed, in words
   */
  public Watching(
      Poller poller, Sources sources, Consumer<SourcePoll> heard, Consumer<String> trouble) {
    this.poller = requireNonNull(poller, "poller is null");
    this.sources = requireNonNull(sources, "sources is null");
    this.heard = requireNonNull(heard, "heard is null");
    this.trouble = requireNonNull(trouble, "trouble is null");
  }

  @Override
  public void run() {
    try {
      while (!stopped) {
        Duration nap = LONGEST_NAP;
        try {
          poller.pollDue(false, heard);
          nap =
              sources.untilNextDue().filter(d -> d.compareTo(LONGEST_NAP) < 0).orElse(LONGEST_NAP);
        } catch (StoreException e) {
          trouble.accept(e.getMessage());
        }
        synchronized (this) {
          if (!stopped) {
            wait(Math.max(1, nap.toMillis()));
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops after the poll under way, if any. */
  public synchronized void stop() {
    stopped = true;
    notifyAll();
  }
}
