package org.attache.server.watch;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.attache.server.page.Links;
import org.attache.store.watch.WatchNews;
import org.attache.store.watch.WhatsNew;

/**
 * The What's new page: each watch with a page of what arrived for it, newest first; or, further on,
 * one watch alone from an offset.
 *
 * @param news what arrived
 * @param offset how many arrivals of the watch come before this page (0 on the first page)
 * @param limit how many arrivals a page shows of each watch
 * @param oneWatch whether the page shows one watch alone (a page after the first)
 */
public record WhatsNewView(WhatsNew news, int offset, int limit, boolean oneWatch) {
  public WhatsNewView {
    requireNonNull(news, "news is null");
  }

  /** The address of the next page of a watch's arrivals, when more arrived than this page shows. */
  public Optional<String> more(WatchNews watch) {
    return watch.more()
        ? Optional.of(
            "/whats-new?watch="
                + watch.watch().id()
                + "&offset="
                + (offset + limit)
                + "&until="
                + Links.url(news.until().toString()))
        : Optional.empty();
  }

  /** The number of the first arrival this page shows of each watch, counted from 1. */
  public int first() {
    return offset + 1;
  }
}
