package org.attache.store.coordination;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A coordinator's approval of a plan for their party, given to one revision of the plan. */
public record Approval(String party, String userName, int revision, Instant at) {
  public Approval {
    requireNonNull(party, "party is null");
    requireNonNull(userName, "userName is null");
    requireNonNull(at, "at is null");
  }
}
