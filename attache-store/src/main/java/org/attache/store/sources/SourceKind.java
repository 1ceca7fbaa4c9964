package org.attache.store.sources;

import java.util.Locale;
import org.attache.model.error.AttacheException;

/** What a source is, which says how its items are found. */
public enum SourceKind {
  /** An RSS or Atom feed: its entries are the items. */
  FEED,
  /** A sitemap (or a sitemap index): its locations are the items. */
  SITEMAP,
  /** A plain page listing press releases: its links (those the source's pattern takes) are. */
  LISTING;

  /** The kind as written in the store and on the command line: {@code feed}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind a code names.
   *
   * @throws AttacheException (bad input) naming a code that is no kind
   */
  public static SourceKind parse(String code) {
    for (SourceKind kind : values()) {
      if (kind.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw AttacheException.badInput(
        "A source is a feed, a sitemap or a listing, not '" + code + "'");
  }
}
