package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Post;

/**
 * The actors of one document and every reference to them, resolved across the document.
 *
 * @param actors people, states and organisations, ordered by first mention, ids "a1", "a2", ...
 * @param references every resolved reference, ordered by position
 */
public record ActorTable(List<Actor> actors, List<Reference> references) {
  public ActorTable {
    actors = List.copyOf(actors);
    List<Reference> sorted = new ArrayList<>(references);
    sorted.sort(Comparator.comparing(Reference::span));
    references = List.copyOf(sorted);
  }

  public Optional<Actor> actor(String id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The state or organisation with the given code, if the document mentions it. */
  public Optional<Actor> byCode(String code) {
    return actors.stream()
        .filter(a -> a.kind() != ActorKind.PERSON && a.code().equals(Optional.of(code)))
        .findFirst();
  }

  /** The references that stand inside one sentence, in order. */
  public List<Reference> referencesIn(int sentence) {
    return references.stream().filter(r -> r.sentence() == sentence).toList();
  }

  /** The code of the state or organisation a person serves, by their first post's {@code of}. */
  public Optional<String> affiliation(String actorId) {
    return actor(actorId)
        .flatMap(a -> a.posts().stream().findFirst())
        .flatMap(Post::of)
        .flatMap(this::actor)
        .flatMap(Actor::code);
  }

  /** The code of a state or organisation actor; empty for a person. */
  public Optional<String> code(String actorId) {
    return actor(actorId).flatMap(Actor::code);
  }

  public boolean isPerson(String actorId) {
    return actor(actorId).map(a -> a.kind() == ActorKind.PERSON).orElse(false);
  }
}
