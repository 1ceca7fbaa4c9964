package org.attache.store.stories;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A document of a story.
 *
 * @param documentId its id
 * @param title its title
 * @param published its publication date, ISO 8601
 * @param url where it was published
 * @param source the file or address it was read from
 * @param publisher the publisher of the source it was polled from, if it was
 */
public record StorySource(
    String documentId,
    Optional<String> title,
    Optional<String> published,
    Optional<String> url,
    String source,
    Optional<String> publisher) {
  public StorySource {
    requireNonNull(documentId, "documentId is null");
    requireNonNull(title, "title is null");
    requireNonNull(published, "published is null");
    requireNonNull(url, "url is null");
    requireNonNull(source, "source is null");
    requireNonNull(publisher, "publisher is null");
  }
}
