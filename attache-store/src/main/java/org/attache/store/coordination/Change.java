package org.attache.store.coordination;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry of the workspace's append-only audit log: who changed what, when, and why.
 *
 * @param action what kind of change: create, change, add_item, change_item, respond, approve,
 *     import, confirm, reject, adopt
 * @param what the change in words, with the values before and after where it changed values
 */
public record Change(
    long id,
    long planId,
    Optional<Long> itemId,
    String userName,
    Optional<String> actsFor,
    String action,
    String what,
    Optional<String> reason,
    Instant at) {
  public Change {
    requireNonNull(itemId, "itemId is null");
    requireNonNull(userName, "userName is null");
    requireNonNull(actsFor, "actsFor is null");
    requireNonNull(action, "action is null");
    requireNonNull(what, "what is null");
    requireNonNull(reason, "reason is null");
    requireNonNull(at, "at is null");
  }
}
