package org.attache.store.query.actors;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A post a person held, of an organisation and accredited to another where the documents say so,
 * with the first and last publication dates of the documents that report it, and the period an
 * editor gave it.
 *
 * @param id the post's id, which an editor's change of it names
 */
public record Post(
    long id,
    Optional<String> post,
    Optional<String> organisation,
    Optional<String> organisationName,
    Optional<String> accreditedTo,
    Optional<String> accreditedToName,
    Optional<String> firstReported,
    Optional<String> lastReported,
    long sources,
    Optional<String> from,
    Optional<String> to) {
  public Post {
    requireNonNull(post, "post is null");
    requireNonNull(organisation, "organisation is null");
    requireNonNull(organisationName, "organisationName is null");
    requireNonNull(accreditedTo, "accreditedTo is null");
    requireNonNull(accreditedToName, "accreditedToName is null");
    requireNonNull(firstReported, "firstReported is null");
    requireNonNull(lastReported, "lastReported is null");
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
  }
}
