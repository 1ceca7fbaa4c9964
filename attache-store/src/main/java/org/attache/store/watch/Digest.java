package org.attache.store.watch;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * A digest taken to be sent: to whom, where, the time it covers and what arrived in it, by watch.
 *
 * @param id its number in the store
 * @param user the user
 * @param email where it goes
 * @param since the end of the digest before (or when the digest was asked for)
 * @param until the end of this one
 * @param news what arrived for each of the user's watches in that time, watches with none left out
 */
public record Digest(
    long id, String user, String email, Instant since, Instant until, List<WatchNews> news) {
  public Digest {
    requireNonNull(user, "user is null");
    requireNonNull(email, "email is null");
    requireNonNull(since, "since is null");
    requireNonNull(until, "until is null");
    news = List.copyOf(requireNonNull(news, "news is null"));
  }

  /** How many things arrived, over all watches. */
  public int arrivals() {
    return news.stream().mapToInt(n -> n.arrivals().size()).sum();
  }
}
