package org.attache.store.query.documents;

import java.util.List;

/** One page of the documents, latest first, and how many there are. */
public record DocumentPage(long total, int limit, int offset, List<DocumentSummary> items) {
  public DocumentPage {
    items = List.copyOf(items);
  }
}
