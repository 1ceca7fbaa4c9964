package org.attache.store.query.events;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The post in which a person took part in an event, as a document that reports the event gives it:
 * the title, the organisation or state it serves ({@code of}) and the one an envoy is accredited to
 * ({@code to}), each by actor id ({@code organisation:3}) with its name and code where the store
 * has them.
 */
public record PartyPost(
    String title,
    Optional<String> of,
    Optional<String> ofName,
    Optional<String> ofCode,
    Optional<String> ofKind,
    Optional<String> to,
    Optional<String> toName) {
  public PartyPost {
    requireNonNull(title, "title is null");
    requireNonNull(of, "of is null");
    requireNonNull(ofName, "ofName is null");
    requireNonNull(ofCode, "ofCode is null");
    requireNonNull(ofKind, "ofKind is null");
    requireNonNull(to, "to is null");
    requireNonNull(toName, "toName is null");
  }
}
