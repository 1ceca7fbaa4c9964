package org.attache.store.export;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A post a person holds (Popolo, W3C ORG), over the time its sources cover.
 *
 * @param id {@code m} and the store's membership id
 * @param person the {@link StoredActor#id()} of the person
 * @param post the title, normalised ("Minister of Foreign Affairs")
 * @param organisation whom the post serves (a state or an organisation)
 * @param accreditedTo for envoys: the state or organisation they are accredited to
 * @param firstReported the earliest publication date of a document reporting the post
 * @param lastReported the latest such date
 * @param sources the number of documents reporting it
 */
public record StoredMembership(
    String id,
    String person,
    String post,
    Optional<String> organisation,
    Optional<String> accreditedTo,
    Optional<String> firstReported,
    Optional<String> lastReported,
    long sources) {
  public StoredMembership {
    requireNonNull(id, "id is null");
    requireNonNull(person, "person is null");
    requireNonNull(post, "post is null");
    requireNonNull(organisation, "organisation is null");
    requireNonNull(accreditedTo, "accreditedTo is null");
    requireNonNull(firstReported, "firstReported is null");
    requireNonNull(lastReported, "lastReported is null");
  }
}
