package org.attache.store.coordination;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** A party's latest answer on the current revision of an item: it agrees, or it comments. */
public record Response(
    String party, boolean agrees, Optional<String> comment, String userName, Instant at) {
  public Response {
    requireNonNull(party, "party is null");
    requireNonNull(comment, "comment is null");
    requireNonNull(userName, "userName is null");
    requireNonNull(at, "at is null");
  }
}
