package org.attache.store.watch;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A digest as the store recorded it.
 *
 * @param id its number
 * @param since the start of the time it covers
 * @param until the end of it
 * @param state {@code sending} (taken, not confirmed), {@code sent} or {@code failed}
 * @param attempts how many times it was handed to the SMTP server
 * @param error why the server refused it last, if it did
 */
public record DigestRecord(
    long id, Instant since, Instant until, String state, int attempts, Optional<String> error) {
  public DigestRecord {
    requireNonNull(since, "since is null");
    requireNonNull(until, "until is null");
    requireNonNull(state, "state is null");
    requireNonNull(error, "error is null");
  }
}
