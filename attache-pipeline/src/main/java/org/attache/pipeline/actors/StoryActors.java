package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Post;

/**
 * One document's actors as {@link StoryPosts} completes their posts: looked up by id, a post
 * replaced in place, a state or organisation added when a completed post names a new one.
 */
final class StoryActors {
  private final KnowledgeBase knowledge;
  private final List<Actor> actors;

  /** Each actor's place in {@link #actors}, by id. */
  private final Map<String, Integer> position = new HashMap<>();

  /** The first state or organisation actor of each code. */
  private final Map<String, String> partyIds = new HashMap<>();

  private int lastId;
  private boolean changed;

  StoryActors(KnowledgeBase knowledge, List<Actor> actors) {
    this.knowledge = knowledge;
    this.actors = new ArrayList<>(actors);
    for (int i = 0; i < this.actors.size(); i++) {
      index(this.actors.get(i), i);
    }
  }

  List<Actor> all() {
    return actors;
  }

  boolean changed() {
    return changed;
  }

  private void index(Actor actor, int at) {
    position.put(actor.id(), at);
    if (actor.kind() != ActorKind.PERSON && actor.code().isPresent()) {
      partyIds.putIfAbsent(actor.code().get(), actor.id());
    }
    lastId = Math.max(lastId, Integer.parseInt(actor.id().substring(1)));
  }

  static Optional<Post> firstPost(Actor actor) {
    return actor.kind() == ActorKind.PERSON ? actor.posts().stream().findFirst() : Optional.empty();
  }

  Optional<Actor> actor(String id) {
    return Optional.ofNullable(position.get(id)).map(actors::get);
  }

  Actor current(Actor actor) {
    return actor(actor.id()).orElse(actor);
  }

  Optional<String> code(String actorId) {
    return actor(actorId).flatMap(Actor::code);
  }

  /** Replaces a post of the person's current version; the person's new version. */
  Actor replacePost(Actor person, Post post, Post completed) {
    Actor current = current(person);
    List<Post> posts = new ArrayList<>(current.posts());
    posts.set(posts.indexOf(post), completed);
    Actor replaced =
        new Actor(
            current.id(),
            current.kind(),
            current.name(),
            current.code(),
            posts,
            current.mentions());
    actors.set(position.get(current.id()), replaced);
    changed = true;
    return replaced;
  }

  /** The id of the state or organisation with this code, added to the actors if new. */
  String id(String code) {
    String known = partyIds.get(code);
    if (known != null) {
      return known;
    }
    String id = "a" + (lastId + 1);
    Optional<String> organisation = knowledge.organisation(code).map(o -> o.name());
    ActorKind kind = organisation.isPresent() ? ActorKind.ORGANISATION : ActorKind.STATE;
    String name = organisation.or(() -> knowledge.state(code).map(s -> s.name())).orElse(code);
    Actor added = new Actor(id, kind, name, Optional.of(code), List.of(), List.of());
    actors.add(added);
    index(added, actors.size() - 1);
    return id;
  }
}
