package org.attache.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A person, state or organisation that a document mentions.
 *
 * @param id identifier inside the record ("a1", "a2", ...)
 * @param kind person, organisation or state
 * @param name the fullest form the document gives, without honorifics
 * @param code ISO 3166-1 alpha-3 for states, the common acronym for organisations; none for people
 * @param posts the capacities a person holds in this document
 * @param mentions spans of every mention, pronouns and descriptions included where resolved
 */
public record Actor(
    String id,
    ActorKind kind,
    String name,
    Optional<String> code,
    List<Post> posts,
    List<Span> mentions) {
  public Actor {
    requireNonNull(id, "id is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(name, "name is null");
    code = Values.opt(code, "code");
    posts = Values.list(posts, "posts");
    mentions = Values.list(mentions, "mentions");
  }
}
