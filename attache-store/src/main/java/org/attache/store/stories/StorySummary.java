package org.attache.store.stories;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A story in a list.
 *
 * @param id its number
 * @param title the title of its earliest document that has one
 * @param published the latest publication date of its documents
 * @param documents how many documents tell it
 */
public record StorySummary(
    long id, Optional<String> title, Optional<String> published, int documents) {
  public StorySummary {
    requireNonNull(title, "title is null");
    requireNonNull(published, "published is null");
  }
}
