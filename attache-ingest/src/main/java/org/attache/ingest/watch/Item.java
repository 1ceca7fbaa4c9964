package org.attache.ingest.watch;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One item a source lists: a feed entry, a sitemap location, a listing's link.
 *
 * @param key what tells it from the source's other items over time: a feed entry's id, else its
 *     address
 * @param url the address of its document
 * @param title its title, as the source gives it
 * @param published its date, as the source gives it
 */
record Item(String key, String url, Optional<String> title, Optional<LocalDate> published) {
  /** The longest key kept; a longer one is cut (keys are compared whole, so rarely matters). */
  static final int LONGEST_KEY = 2_000;

  Item {
    requireNonNull(key, "key is null");
    requireNonNull(url, "url is null");
    requireNonNull(title, "title is null");
    requireNonNull(published, "published is null");
    key = key.length() > LONGEST_KEY ? key.substring(0, LONGEST_KEY) : key;
    title = title.map(String::strip).filter(t -> !t.isEmpty());
  }
}
