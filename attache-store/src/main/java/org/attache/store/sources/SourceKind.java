package org.attache.store.sources;

import org.attache.model.Vocabulary;
import org.attache.model.error.AttacheException;

/** What a source is, which says how its items are found. */
public enum SourceKind implements Vocabulary {
  /** An RSS or Atom feed: its entries are the items. */
  FEED,
  /** A sitemap (or a sitemap index): its locations are the items. */
  SITEMAP,
  /** A plain page listing press releases: its links (those the source's pattern takes) are. */
  LISTING;

  /**
   * The kind a code names.
   *
   * @throws AttacheException (bad input) naming a code that is no kind
   */
  public static SourceKind parse(String code) {
    return Vocabulary.lookup(SourceKind.class, code)
        .orElseThrow(
            () ->
                AttacheException.badInput(
                    "A source is a feed, a sitemap or a listing, not '" + code + "'"));
  }
}
