package org.attache.server.review;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.attache.store.review.ReviewItem;

/** The review page: the notice of the last decision, if any, and the queue. */
public record ReviewView(Optional<String> notice, List<ReviewItem> items) {
  public ReviewView {
    requireNonNull(notice, "notice is null");
    items = List.copyOf(items);
  }
}
