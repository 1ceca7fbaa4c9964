package org.attache.pipeline.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Post;
import org.attache.model.Span;

/**
 * The actors of one document and every reference to them, resolved across the document. Immutable.
 *
 * <p>Actors are indexed by id and by code, and references by sentence, when the table is built: the
 * event rules look an actor up for each reference of a long document.
 */
public final class ActorTable {
  private final List<Actor> actors;
  private final List<Reference> references;
  private final Map<String, Actor> byId = new HashMap<>();
  private final Map<String, Actor> byCode = new HashMap<>();
  private final Map<Integer, List<Reference>> bySentence = new HashMap<>();
  private final Set<Span> qualifierSpans = new HashSet<>();
  private final List<Actor> organisations = new ArrayList<>();

  /**
   * @param actors people, states and organisations, ordered by first mention, ids "a1", "a2", ...
   * @param references every resolved reference; kept ordered by position
   */
  public ActorTable(List<Actor> actors, List<Reference> references) {
    this.actors = List.copyOf(actors);
    List<Reference> sorted = new ArrayList<>(references);
    sorted.sort(Comparator.comparing(Reference::span));
    this.references = List.copyOf(sorted);
    for (Actor actor : this.actors) {
      byId.putIfAbsent(actor.id(), actor);
      if (actor.kind() != ActorKind.PERSON) {
        actor.code().ifPresent(code -> byCode.putIfAbsent(code, actor));
      }
      if (actor.kind() == ActorKind.ORGANISATION && actor.code().isPresent()) {
        organisations.add(actor);
      }
    }
    for (Reference reference : this.references) {
      bySentence.computeIfAbsent(reference.sentence(), k -> new ArrayList<>()).add(reference);
      if (reference.qualifier()) {
        qualifierSpans.add(reference.span());
      }
    }
    bySentence.replaceAll((sentence, list) -> Collections.unmodifiableList(list));
  }

  /** People, states and organisations, ordered by first mention, ids "a1", "a2", ... */
  public List<Actor> actors() {
    return actors;
  }

  /** Every resolved reference, ordered by position. */
  public List<Reference> references() {
    return references;
  }

  public Optional<Actor> actor(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The state or organisation with the given code, if the document mentions it. */
  public Optional<Actor> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The organisations with a code, in order. */
  public List<Actor> organisations() {
    return Collections.unmodifiableList(organisations);
  }

  /** The references that stand inside one sentence, in order. */
  public List<Reference> referencesIn(int sentence) {
    return bySentence.getOrDefault(sentence, List.of());
  }

  /** Whether some reference with exactly this span only qualifies a post. */
  public boolean qualifies(Span span) {
    return qualifierSpans.contains(span);
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
    return is(actorId, ActorKind.PERSON);
  }

  /** Whether the actor with this id is in the table and of this kind. */
  public boolean is(String actorId, ActorKind kind) {
    return actor(actorId).map(a -> a.kind() == kind).orElse(false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ActorTable that
        && actors.equals(that.actors)
        && references.equals(that.references);
  }

  @Override
  public int hashCode() {
    return Objects.hash(actors, references);
  }

  @Override
  public String toString() {
    return "ActorTable[actors=" + actors + ", references=" + references + "]";
  }
}
