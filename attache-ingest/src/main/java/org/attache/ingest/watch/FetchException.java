package org.attache.ingest.watch;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * Why an address gave nothing: the reason in words ({@code "HTTP 404"}, {@code "timed out after 30
 * s"}), whether it may pass, and how long the site asked to be left alone.
 */
final class FetchException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final boolean passing;
  private final transient Optional<Duration> retryAfter;

  FetchException(String reason, boolean passing, Optional<Duration> retryAfter) {
    super(requireNonNull(reason, "reason is null"), null, false, false);
    this.reason = reason;
    this.passing = passing;
    this.retryAfter = requireNonNull(retryAfter, "retryAfter is null");
  }

  /** A reason that will not pass by waiting: a 404, a page too large, robots.txt. */
  static FetchException lasting(String reason) {
    return new FetchException(reason, false, Optional.empty());
  }

  /** A reason that may pass: a time-out, a server error, a refused connection. */
  static FetchException passing(String reason) {
    return new FetchException(reason, true, Optional.empty());
  }

  String reason() {
    return reason;
  }

  boolean isPassing() {
    return passing;
  }

  Optional<Duration> retryAfter() {
    return retryAfter;
  }
}
