package org.attache.ingest.watch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps requests to one host apart by at least a delay: the poller's own, or the Crawl-delay the
 * host's robots.txt asks for.
 */
final class HostPacer {
  private final Duration delay;
  private final Map<String, Long> nextAllowed = new HashMap<>();
  private final Map<String, Duration> askedFor = new HashMap<>();

  HostPacer(Duration delay) {
    this.delay = delay;
  }

  /** A host asks, through its robots.txt, for this time between requests. */
  synchronized void ask(String host, Duration crawlDelay) {
    askedFor.put(host, crawlDelay);
  }

  /** Waits until a request to the host is allowed, and counts it as made. */
  void await(String host) throws InterruptedException {
    long wait;
    synchronized (this) {
      long now = System.nanoTime();
      long allowed = nextAllowed.getOrDefault(host, now);
      long start = Math.max(now, allowed);
      Duration gap = askedFor.getOrDefault(host, Duration.ZERO);
      long step = Math.max(delay.toNanos(), gap.toNanos());
      nextAllowed.put(host, start + step);
      wait = start - now;
    }
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }
}
