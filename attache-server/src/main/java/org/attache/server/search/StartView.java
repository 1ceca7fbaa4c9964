package org.attache.server.search;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.attache.store.query.events.EventDetail;
import org.attache.store.query.overview.ComingItem;
import org.attache.store.query.overview.Counts;

/**
 * The start page: what the store holds, the items of joint plans coming up, the latest meetings and
 * agreements, a page of the latest diplomatic documents with links to the newer and older pages,
 * and apart the latest of the documents that hold no diplomatic news.
 */
public record StartView(
    Counts counts,
    List<ComingItem> coming,
    List<EventDetail> meetings,
    List<EventDetail> agreements,
    List<DocumentLink> documents,
    String range,
    Optional<String> newer,
    Optional<String> older,
    List<DocumentLink> others) {
  public StartView {
    requireNonNull(counts, "counts is null");
    coming = List.copyOf(coming);
    meetings = List.copyOf(meetings);
    agreements = List.copyOf(agreements);
    documents = List.copyOf(documents);
    requireNonNull(range, "range is null");
    requireNonNull(newer, "newer is null");
    requireNonNull(older, "older is null");
    others = List.copyOf(others);
  }
}
