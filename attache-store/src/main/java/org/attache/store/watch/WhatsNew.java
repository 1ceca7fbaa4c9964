package org.attache.store.watch;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * What arrived for a user since their last visit, grouped by what they follow.
 *
 * @param since the last visit: when they last marked what was new as seen, or first followed
 * @param until now, when it was read: marking it seen moves the last visit here, so that nothing
 *     that arrives meanwhile is marked unseen
 * @param news each watch with what arrived for it, in the order they were followed
 */
public record WhatsNew(Instant since, Instant until, List<WatchNews> news) {
  public WhatsNew {
    requireNonNull(since, "since is null");
    requireNonNull(until, "until is null");
    news = List.copyOf(requireNonNull(news, "news is null"));
  }

  /** How many things arrived, over all watches. */
  public int arrivals() {
    return news.stream().mapToInt(n -> n.arrivals().size()).sum();
  }
}
