package org.attache.ingest.watch;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.attache.model.error.AttacheException;

/**
 * How politely and how far a poller fetches.
 *
 * @param maxBytes the largest answer taken; a larger one is dropped unread past the limit
 * @param timeout the longest one fetch may take, from the request to the last byte
 * @param maxRedirects redirects followed for one address
 * @param hostDelay the least time between two requests to one host (a site's robots.txt may ask for
 *     more, up to {@link #LONGEST_CRAWL_DELAY})
 * @param maxItemsPerPoll new items fetched in one poll of a source; the rest wait for the next
 * @param userAgent the name sent with every request and looked up in robots.txt
 */
public record FetchLimits(
    long maxBytes,
    Duration timeout,
    int maxRedirects,
    Duration hostDelay,
    int maxItemsPerPoll,
    String userAgent) {
  /** The longest Crawl-delay of a robots.txt that is honoured. */
  public static final Duration LONGEST_CRAWL_DELAY = Duration.ofSeconds(60);

  public FetchLimits {
    requireNonNull(timeout, "timeout is null");
    requireNonNull(hostDelay, "hostDelay is null");
    requireNonNull(userAgent, "userAgent is null");
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16L) {
      throw AttacheException.badInput("The size limit of a fetch is out of range: " + maxBytes);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw AttacheException.badInput("The time-out of a fetch is positive: " + timeout);
    }
    if (maxRedirects < 0 || maxItemsPerPoll < 1 || hostDelay.isNegative()) {
      throw AttacheException.badInput("Fetch limits out of range");
    }
  }

  /**
   * 10 MiB, 30 seconds, 5 redirects, a second between two requests to a host, 200 items a poll, as
   * {@code Attache/0.1}.
   */
  public static FetchLimits standard() {
    return new FetchLimits(
        10L * 1024 * 1024, Duration.ofSeconds(30), 5, Duration.ofSeconds(1), 200, "Attache/0.1");
  }

  public FetchLimits withMaxBytes(long bytes) {
    return new FetchLimits(bytes, timeout, maxRedirects, hostDelay, maxItemsPerPoll, userAgent);
  }

  public FetchLimits withTimeout(Duration time) {
    return new FetchLimits(maxBytes, time, maxRedirects, hostDelay, maxItemsPerPoll, userAgent);
  }

  public FetchLimits withHostDelay(Duration delay) {
    return new FetchLimits(maxBytes, timeout, maxRedirects, delay, maxItemsPerPoll, userAgent);
  }
}
