package org.attache.store.query.events;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A document that reports an event: its id, its heading and its publication date if it has one. */
public record EventSource(String document, String heading, Optional<String> published) {
  public EventSource {
    requireNonNull(document, "document is null");
    requireNonNull(heading, "heading is null");
    requireNonNull(published, "published is null");
  }
}
