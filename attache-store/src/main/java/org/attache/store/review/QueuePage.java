package org.attache.store.review;

import java.util.List;

/**
 * A page of the review queue: documents by their most pressing field, and how many documents and
 * fields wait in all (of those the filter lets through).
 */
public record QueuePage(
    long documents, long fields, int limit, int offset, List<QueueDocument> items) {
  public QueuePage {
    items = List.copyOf(items);
  }
}
