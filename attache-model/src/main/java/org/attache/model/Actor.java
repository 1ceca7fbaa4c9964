package org.attache.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * A person, state or organisation that a document mentions.
 *
 * @param id identifier inside the record ("a1", "a2", ...)
 * @param kind person, organisation or state
 * @param name the fullest form the document gives, without honorifics; in a text not in English,
 *     the nominative form in the text's script ("Нурлан Ермекбаев")
 * @param nameEn the English press spelling of a name written in another script ("Nurlan
 *     Yermekbayev"); absent for a text in English and where it is not known, and then left out of
 *     the JSON
 * @param code ISO 3166-1 alpha-3 for states, the common acronym for organisations; none for people
 * @param posts the capacities a person holds in this document
 * @param mentions spans of every mention, pronouns and descriptions included where resolved
 */
public record Actor(
    String id,
    ActorKind kind,
    String name,
    @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> nameEn,
    Optional<String> code,
    List<Post> posts,
    List<Span> mentions) {
  public Actor {
    requireNonNull(id, "id is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(name, "name is null");
    nameEn = Values.opt(nameEn, "nameEn");
    code = Values.opt(code, "code");
    posts = Values.list(posts, "posts");
    mentions = Values.list(mentions, "mentions");
  }

  /** An actor named as in English: no separate English spelling. */
  public Actor(
      String id,
      ActorKind kind,
      String name,
      Optional<String> code,
      List<Post> posts,
      List<Span> mentions) {
    this(id, kind, name, Optional.empty(), code, posts, mentions);
  }

  /** The same actor under another id, its posts pointing to {@code posts}. */
  public Actor renumbered(String newId, List<Post> newPosts) {
    return new Actor(newId, kind, name, nameEn, code, newPosts, mentions);
  }
}
