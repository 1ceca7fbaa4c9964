package org.attache.store.sources;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * What one poll of a source learnt, for the store to keep.
 *
 * @param failure why the source itself could not be read (unreachable, refused, malformed): the
 *     poll counts as failed and the next one is put off the more, the more failed in a row
 * @param itemFailure the last of its items that could not be fetched or read, with why: shown as
 *     the source's error, but the source itself was read
 * @param retryAfter how long the site asked to be left alone (a 429 or 503 with Retry-After)
 * @param etag the entity tag of the source's answer, if it gave one
 * @param lastModified its {@code Last-Modified}, if it gave one
 */
public record PollReport(
    Optional<String> failure,
    Optional<String> itemFailure,
    Optional<Duration> retryAfter,
    Optional<String> etag,
    Optional<String> lastModified) {
  public PollReport {
    requireNonNull(failure, "failure is null");
    requireNonNull(itemFailure, "itemFailure is null");
    requireNonNull(retryAfter, "retryAfter is null");
    requireNonNull(etag, "etag is null");
    requireNonNull(lastModified, "lastModified is null");
  }

  /** A poll that read the source, with its validators. */
  public static PollReport read(
      Optional<String> etag, Optional<String> lastModified, Optional<String> itemFailure) {
    return new PollReport(Optional.empty(), itemFailure, Optional.empty(), etag, lastModified);
  }

  /** A poll that could not read the source. */
  public static PollReport failed(String why, Optional<Duration> retryAfter) {
    return new PollReport(
        Optional.of(why), Optional.empty(), retryAfter, Optional.empty(), Optional.empty());
  }

  public boolean succeeded() {
    return failure.isEmpty();
  }
}
