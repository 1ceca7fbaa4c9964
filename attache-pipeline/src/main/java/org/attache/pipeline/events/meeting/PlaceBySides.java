package org.attache.pipeline.events.meeting;

import java.util.Optional;
import org.attache.knowledge.KnowledgeBase;
import org.attache.knowledge.PostKind;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.model.Place;
import org.attache.model.Post;
import org.attache.model.Role;
import org.attache.pipeline.analysis.ActorTable;

/**
 * Where a meeting took place as its sides tell, once every person's state is known: a state's
 * office that the text names without its state ("at the Ministry of Foreign Affairs") is the
 * host's; an envoy meets in the state or at the organisation they are accredited to, and an envoy
 * whose text does not say where meets in the state of the national official they meet; a host who
 * receives a guest of another state or organisation does so at home (in their state, or at their
 * organisation's seat).
 */
final class PlaceBySides {
  private final KnowledgeBase knowledge;

  PlaceBySides(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  /** The office of an unnamed state, in the capital of the host's state; else no place. */
  Optional<Place> office(Meeting meeting, ActorTable actors) {
    Optional<Place> place = meeting.place();
    if (place.isEmpty() || place.get().country().isPresent()) {
      return place;
    }
    for (Participant participant : meeting.participants()) {
      Optional<String> state =
          home(participant.actor(), actors).filter(code -> knowledge.state(code).isPresent());
      if (participant.role() == Role.HOST && state.isPresent()) {
        Optional<String> capital = knowledge.state(state.get()).map(s -> s.capital().name());
        return Optional.of(new Place(place.get().name(), capital, state));
      }
    }
    return Optional.empty();
  }

  /** Where an envoy or a host meets, when the text says nowhere. */
  Optional<Place> bySides(Meeting meeting, ActorTable actors) {
    for (Participant participant : meeting.participants()) {
      Optional<String> accredited = accreditedTo(participant.actor(), actors);
      if (accredited.isEmpty()) {
        continue;
      }
      for (Participant other : meeting.participants()) {
        if (!other.equals(participant) && home(other.actor(), actors).equals(accredited)) {
          return placeOf(accredited.get());
        }
      }
    }
    for (Participant participant : meeting.participants()) {
      Optional<String> sent = envoyOf(participant.actor(), actors);
      for (Participant other : meeting.participants()) {
        Optional<String> home = home(other.actor(), actors);
        boolean national = home.map(code -> knowledge.state(code).isPresent()).orElse(false);
        boolean envoy =
            envoyOf(other.actor(), actors).isPresent()
                || accreditedTo(other.actor(), actors).isPresent();
        if (sent.isPresent()
            && national
            && !envoy
            && !home.equals(sent)
            && !other.equals(participant)) {
          return placeOf(home.get());
        }
      }
    }
    Optional<String> hostHome = Optional.empty();
    boolean foreignGuest = false;
    for (Participant participant : meeting.participants()) {
      Optional<String> home = home(participant.actor(), actors);
      if (participant.role() == Role.HOST && home.isPresent()) {
        hostHome = home;
      }
    }
    for (Participant participant : meeting.participants()) {
      Optional<String> home = home(participant.actor(), actors);
      foreignGuest |=
          participant.role() == Role.GUEST && home.isPresent() && !home.equals(hostHome);
    }
    return hostHome.isPresent() && foreignGuest ? placeOf(hostHome.get()) : Optional.empty();
  }

  /** A state as a country; an organisation as its seat. */
  private Optional<Place> placeOf(String code) {
    if (knowledge.state(code).isPresent()) {
      return Optional.of(new Place(Optional.empty(), Optional.empty(), Optional.of(code)));
    }
    return knowledge
        .seat(code)
        .map(l -> new Place(Optional.empty(), Optional.of(l.city()), Optional.of(l.country())));
  }

  /** The state or organisation a side serves or is. */
  private static Optional<String> home(String id, ActorTable actors) {
    return actors.affiliation(id).or(() -> actors.code(id));
  }

  /** The state that sends an envoy whose text does not say where they are accredited. */
  private Optional<String> envoyOf(String id, ActorTable actors) {
    return envoyPost(id, actors, false)
        .flatMap(post -> post.of().flatMap(actors::code))
        .filter(code -> knowledge.state(code).isPresent());
  }

  /** Where an envoy is accredited: their post's "to". */
  private Optional<String> accreditedTo(String id, ActorTable actors) {
    return envoyPost(id, actors, true).flatMap(post -> post.to().flatMap(actors::code));
  }

  /** A person's first envoy's post that says ({@code accredited}) or does not say where to. */
  private Optional<Post> envoyPost(String id, ActorTable actors, boolean accredited) {
    Optional<Actor> actor = actors.actor(id);
    if (actor.isEmpty() || actor.get().kind() != ActorKind.PERSON) {
      return Optional.empty();
    }
    for (Post post : actor.get().posts()) {
      boolean envoy =
          knowledge.postTitle(post.title()).map(t -> t.kind() == PostKind.ENVOY).orElse(false);
      if (envoy && post.to().isPresent() == accredited) {
        return Optional.of(post);
      }
    }
    return Optional.empty();
  }
}
