package org.attache.ingest.watch;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * What one poll of a source did.
 *
 * @param sourceId the source's number
 * @param url the source's address
 * @param notModified whether the source answered that nothing changed since the last poll
 * @param listed items the source lists now
 * @param fresh items not seen before (or to be tried again), as many as one poll takes
 * @param stored documents stored from them
 * @param storedBefore items whose document was stored already
 * @param failed items that gave no document
 * @param error why the source could not be read, or which item failed last
 */
public record SourcePoll(
    long sourceId,
    String url,
    boolean notModified,
    int listed,
    int fresh,
    int stored,
    int storedBefore,
    int failed,
    Optional<String> error) {
  public SourcePoll {
    requireNonNull(url, "url is null");
    requireNonNull(error, "error is null");
  }

  /** One line for a person. */
  public String describe() {
    if (notModified) {
      return url + ": not modified";
    }
    return String.format(
            Locale.ROOT,
            "%s: %,d items, %,d new: %,d stored, %,d stored before, %,d failed",
            url,
            listed,
            fresh,
            stored,
            storedBefore,
            failed)
        + error.map(e -> "; " + e).orElse("");
  }
}
