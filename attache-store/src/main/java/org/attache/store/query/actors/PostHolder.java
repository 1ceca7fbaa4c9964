package org.attache.store.query.actors;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A person who held a post of an organisation or state, or was accredited to it: the person, the
 * post with its organisation and the first and last publication dates of the documents reporting
 * it, and the latest of those documents, the source to read.
 */
public record PostHolder(
    String person, Optional<String> name, Post post, String document, String heading) {
  public PostHolder {
    requireNonNull(person, "person is null");
    requireNonNull(name, "name is null");
    requireNonNull(post, "post is null");
    requireNonNull(document, "document is null");
    requireNonNull(heading, "heading is null");
  }
}
