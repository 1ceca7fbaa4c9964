package org.attache.pipeline.events.meeting;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.knowledge.KnowledgeBase;
import org.attache.knowledge.PostKind;
import org.attache.knowledge.PostTitle;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Event;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.model.Place;
import org.attache.model.Post;
import org.attache.pipeline.Analysis;
import org.attache.pipeline.Layer;
import org.attache.pipeline.Stage;
import org.attache.pipeline.WordLists;
import org.attache.pipeline.actors.ActorTable;
import org.attache.pipeline.mentions.Datelines;

/**
 * Gives a state's office holder whose text names no state ("Prime Minister Theresa May") the state
 * they most likely serve, in this order: the country where they receive a guest who serves another
 * state or organisation; the country of the dateline; the country of the publisher's web address.
 * Each guess is marked in the post's provenance through the actor table's rule names.
 */
public final class InferAffiliations implements Stage {
  private final KnowledgeBase knowledge;
  private final Set<String> nationalTitles = new HashSet<>();
  private final Set<String> genericDomains = WordLists.load("generic-domains.txt");

  public InferAffiliations(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
    for (PostTitle title : knowledge.postTitles()) {
      if (title.kind() == PostKind.HEAD_OF_STATE
          || title.kind() == PostKind.HEAD_OF_GOVERNMENT
          || title.kind() == PostKind.MINISTER) {
        nationalTitles.add(title.title());
      }
    }
  }

  @Override
  public String name() {
    return "affiliations";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.ACTORS, Layer.MEETINGS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.AFFILIATIONS);
  }

  @Override
  public Analysis apply(Analysis analysis) {
    ActorTable table = analysis.actorTable();
    List<Meeting> meetings = new ArrayList<>();
    for (Event event : analysis.events()) {
      if (event instanceof Meeting meeting) {
        meetings.add(meeting);
      }
    }
    Optional<String> datelineCountry =
        Datelines.find(analysis.annotatedText(), analysis.mentionList()).flatMap(Place::country);
    Optional<String> publisherCountry = analysis.document().url().flatMap(this::countryOfAddress);
    List<Actor> actors = new ArrayList<>(table.actors());
    boolean changed = false;
    for (int i = 0; i < actors.size(); i++) {
      Actor actor = actors.get(i);
      if (actor.kind() != ActorKind.PERSON || actor.posts().isEmpty()) {
        continue;
      }
      Post post = actor.posts().get(0);
      if (post.of().isPresent() || !nationalTitles.contains(post.title())) {
        continue;
      }
      Optional<String> country =
          hostCountry(actor.id(), meetings, table)
              .or(() -> otherSide(actor.id(), meetings, table))
              .or(() -> datelineCountry)
              .or(() -> publisherCountry);
      if (country.isEmpty()) {
        continue;
      }
      String stateId = stateActor(actors, country.get());
      List<Post> posts = new ArrayList<>(actor.posts());
      posts.set(0, new Post(post.title(), Optional.of(stateId), post.to()));
      actors.set(
          actors.indexOf(actor),
          new Actor(actor.id(), actor.kind(), actor.name(), actor.code(), posts, actor.mentions()));
      changed = true;
    }
    ActorTable updated = changed ? new ActorTable(actors, table.references()) : table;
    return analysis.withActors(updated).withEvents(Layer.AFFILIATIONS, List.of());
  }

  /** The country where the person meets, at home, someone who serves another party. */
  private static Optional<String> hostCountry(
      String person, List<Meeting> meetings, ActorTable table) {
    for (Meeting meeting : meetings) {
      Optional<String> country = meeting.place().flatMap(Place::country);
      boolean takesPart =
          meeting.participants().stream().map(Participant::actor).anyMatch(person::equals);
      if (country.isEmpty() || !takesPart) {
        continue;
      }
      for (Participant other : meeting.participants()) {
        if (other.actor().equals(person)) {
          continue;
        }
        Optional<String> side =
            table.affiliation(other.actor()).or(() -> table.code(other.actor()));
        if (side.isPresent() && !side.get().equals(country.get())) {
          return country;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * In a meeting of two people where the other's state is known, the state the document names most
   * often besides it: "India and Brunei resolved ..." with the Bruneian minister known makes the
   * other minister India's.
   */
  private static Optional<String> otherSide(
      String person, List<Meeting> meetings, ActorTable table) {
    for (Meeting meeting : meetings) {
      if (meeting.participants().size() != 2
          || meeting.participants().stream().noneMatch(p -> p.actor().equals(person))) {
        continue;
      }
      String other =
          meeting.participants().stream()
              .map(Participant::actor)
              .filter(id -> !id.equals(person))
              .findFirst()
              .orElseThrow();
      Optional<String> known = table.affiliation(other);
      if (!table.isPerson(other) || known.isEmpty()) {
        continue;
      }
      return mostNamedStateBesides(table, known.get());
    }
    return Optional.empty();
  }

  private static Optional<String> mostNamedStateBesides(ActorTable table, String excluded) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (org.attache.pipeline.actors.Reference reference : table.references()) {
      table
          .actor(reference.actor())
          .filter(a -> a.kind() == ActorKind.STATE)
          .flatMap(Actor::code)
          .filter(code -> !code.equals(excluded))
          .ifPresent(code -> counts.merge(code, 1, Integer::sum));
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue())
        .map(Map.Entry::getKey);
  }

  /** The state of a web address's country-code domain, unless the domain is used generically. */
  Optional<String> countryOfAddress(String address) {
    String host;
    try {
      host = URI.create(address.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (host == null) {
      return Optional.empty();
    }
    String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    if (tld.length() != 2 || genericDomains.contains(tld)) {
      return Optional.empty();
    }
    String alpha2 = tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT);
    return knowledge.stateByAlpha2(alpha2).map(s -> s.code());
  }

  private String stateActor(List<Actor> actors, String code) {
    for (Actor actor : actors) {
      if (actor.kind() != ActorKind.PERSON && actor.code().equals(Optional.of(code))) {
        return actor.id();
      }
    }
    int next = 0;
    for (Actor actor : actors) {
      next = Math.max(next, Integer.parseInt(actor.id().substring(1)));
    }
    String id = "a" + (next + 1);
    String name = knowledge.state(code).map(s -> s.name()).orElse(code);
    actors.add(new Actor(id, ActorKind.STATE, name, Optional.of(code), List.of(), List.of()));
    return id;
  }
}
