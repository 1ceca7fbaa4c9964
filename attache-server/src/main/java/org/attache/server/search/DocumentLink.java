package org.attache.server.search;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A document in a list of the search page: where its page is, its heading and date. */
public record DocumentLink(String id, String heading, Optional<String> published) {
  public DocumentLink {
    requireNonNull(id, "id is null");
    requireNonNull(heading, "heading is null");
    requireNonNull(published, "published is null");
  }
}
