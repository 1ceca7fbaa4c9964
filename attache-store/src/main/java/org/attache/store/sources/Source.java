package org.attache.store.sources;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored source and what its polls have learnt.
 *
 * @param id its number in the store
 * @param spec what it is, as it was added
 * @param lastPolled when it was last polled, if ever
 * @param lastSuccess when a poll of it last succeeded, if ever
 * @param etag the entity tag of its last answer, sent back as {@code If-None-Match}
 * @param lastModified the {@code Last-Modified} of its last answer, sent back as {@code
 *     If-Modified-Since}
 * @param lastError why the last poll failed, or which of its items failed; empty after a clean poll
 * @param failures polls in a row that failed
 * @param nextDue when it is next polled
 * @param items items seen so far
 * @param documents documents stored from its items
 */
public record Source(
    long id,
    NewSource spec,
    Optional<Instant> lastPolled,
    Optional<Instant> lastSuccess,
    Optional<String> etag,
    Optional<String> lastModified,
    Optional<String> lastError,
    int failures,
    Instant nextDue,
    long items,
    long documents) {
  public Source {
    requireNonNull(spec, "spec is null");
    requireNonNull(lastPolled, "lastPolled is null");
    requireNonNull(lastSuccess, "lastSuccess is null");
    requireNonNull(etag, "etag is null");
    requireNonNull(lastModified, "lastModified is null");
    requireNonNull(lastError, "lastError is null");
    requireNonNull(nextDue, "nextDue is null");
  }

  public String url() {
    return spec.url();
  }
}
