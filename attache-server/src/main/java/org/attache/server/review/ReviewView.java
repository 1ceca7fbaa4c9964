package org.attache.server.review;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.attache.server.page.Paging;
import org.attache.store.review.QueuePage;

/**
 * The review page: the notice of the last decision, if any, the filter form, a page of the queue
 * with where it stands, and the page's own address for the forms to come back to.
 */
public record ReviewView(
    Optional<String> notice, QueueForm form, QueuePage queue, Paging paging, String here) {
  public ReviewView {
    requireNonNull(notice, "notice is null");
    requireNonNull(form, "form is null");
    requireNonNull(queue, "queue is null");
    requireNonNull(paging, "paging is null");
    requireNonNull(here, "here is null");
  }
}
