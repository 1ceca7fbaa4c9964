package org.attache.store.watch;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Something a user follows.
 *
 * @param id its number
 * @param user who follows it
 * @param kind what it is
 * @param subject what identifies it: actor keys, an area, a plan's number, search words
 * @param label how it is shown: names rather than keys
 * @param created when it was followed
 */
public record Watch(
    long id, String user, WatchKind kind, String subject, String label, Instant created) {
  public Watch {
    requireNonNull(user, "user is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(subject, "subject is null");
    requireNonNull(label, "label is null");
    requireNonNull(created, "created is null");
  }
}
