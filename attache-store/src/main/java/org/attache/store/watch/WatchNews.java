package org.attache.store.watch;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What arrived for one watch, newest first.
 *
 * @param watch the watch
 * @param arrivals what arrived
 * @param more whether more arrived than the list holds ({@value Watchlists#MOST} at most)
 */
public record WatchNews(Watch watch, List<Arrival> arrivals, boolean more) {
  public WatchNews {
    requireNonNull(watch, "watch is null");
    arrivals = List.copyOf(requireNonNull(arrivals, "arrivals is null"));
  }
}
