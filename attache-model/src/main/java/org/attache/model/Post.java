package org.attache.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The capacity in which a person acts in one document.
 *
 * @param title the normalised title ("Ambassador", "Minister of Foreign Affairs")
 * @param of id of the actor (state or organisation) the person serves
 * @param to id of the actor an envoy is accredited to
 */
public record Post(String title, Optional<String> of, Optional<String> to) {
  public Post {
    requireNonNull(title, "title is null");
    of = Values.opt(of, "of");
    to = Values.opt(to, "to");
  }
}
