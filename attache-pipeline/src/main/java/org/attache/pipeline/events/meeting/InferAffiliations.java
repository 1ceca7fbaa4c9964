package org.attache.pipeline.events.meeting;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Codes;
import org.attache.model.Event;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.model.Place;
import org.attache.model.Post;
import org.attache.pipeline.actors.TitleKinds;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.WordLists;
import org.attache.pipeline.mentions.Datelines;

/**
 * Gives a state's office holder whose text names no state ("Prime Minister Theresa May") the state
 * they most likely serve, in this order: the country where they receive a guest who serves another
 * state or organisation; for a visitor, the state named most besides the one visited; in a meeting
 * of two people, the state named most besides the other's; then, where none of these tells, the
 * country of the dateline and the country of the publisher's web address. Each guess is marked in
 * the post's provenance through the actor table's rule names.
 */
public final class InferAffiliations extends DeclaredStage {
  private static final String VISIT_CODE = "042";
  private final KnowledgeBase knowledge;
  private final TitleKinds titles;
  private final Set<String> genericDomains = WordLists.load("generic-domains.txt");
  private final Map<String, String> organisationDomains = new HashMap<>();

  public InferAffiliations(KnowledgeBase knowledge) {
    super(
        "affiliations",
        EnumSet.of(Layer.SENTENCES, Layer.MENTIONS, Layer.ACTORS, Layer.MEETINGS),
        EnumSet.of(Layer.AFFILIATIONS));
    this.knowledge = knowledge;
    this.titles = new TitleKinds(knowledge);
    for (List<String> row : WordLists.table("organisation-domains.tsv")) {
      organisationDomains.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1));
    }
  }

  @Override
  public Analysis apply(Analysis analysis) {
    ActorTable table = analysis.actorTable();
    Map<String, List<Meeting>> meetingsOf = new HashMap<>();
    for (Event event : analysis.events()) {
      if (event instanceof Meeting meeting) {
        Set<String> taking = new LinkedHashSet<>();
        meeting.participants().forEach(p -> taking.add(p.actor()));
        for (String id : taking) {
          meetingsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(meeting);
        }
      }
    }
    Optional<String> datelineCountry = Datelines.of(analysis).flatMap(Place::country);
    Optional<String> publisherCountry = analysis.document().url().flatMap(this::countryOfAddress);
    Optional<String> publisherOrganisation =
        analysis.document().url().flatMap(this::organisationOfAddress);
    Current current = new Current(table);
    boolean changed = false;
    // Two rounds: a visitor's state, found in the first, tells their host's in the second.
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < current.actors.size(); i++) {
        Actor actor = current.actors.get(i);
        if (actor.kind() != ActorKind.PERSON || actor.posts().isEmpty()) {
          continue;
        }
        Post post = actor.posts().get(0);
        if (post.of().isPresent()) {
          continue;
        }
        if (titles.official(post.title())) {
          // An official's post ("High Representative", "Chairman") is told only by the publisher:
          // an organisation's own site, or a country's domain.
          Optional<String> publisher = publisherOrganisation.or(() -> publisherCountry);
          if (round == 1 && publisher.isPresent()) {
            setOf(current, actor, post, publisher.get());
            changed = true;
          }
          continue;
        }
        if (!titles.national(post.title())) {
          continue;
        }
        List<Meeting> meetings = meetingsOf.getOrDefault(actor.id(), List.of());
        Optional<String> country =
            hostCountry(actor.id(), meetings, current)
                .or(() -> visitorsCountry(meetings, current))
                .or(() -> otherSide(actor.id(), meetings, current));
        if (round == 1) {
          country = country.or(() -> datelineCountry).or(() -> publisherCountry);
        }
        if (country.isEmpty()) {
          continue;
        }
        setOf(current, actor, post, country.get());
        changed = true;
      }
    }
    ActorTable updated = changed ? new ActorTable(current.actors, table.references()) : table;
    return analysis.withActors(updated).withEvents(Layer.AFFILIATIONS, List.of());
  }

  /**
   * The actors as the stage revises them, looked up by id and by code, with the states the document
   * names most often: what the rules below ask for each person, answered without going through
   * every actor or reference each time.
   */
  private static final class Current {
    private final List<Actor> actors;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final Map<String, String> partyOfCode = new HashMap<>();
    private final List<Map.Entry<String, Integer>> stateCounts;

    Current(ActorTable table) {
      actors = new ArrayList<>(table.actors());
      for (int i = 0; i < actors.size(); i++) {
        track(i);
      }
      // The references never change here: states keep their ids, and a state added below has none.
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Reference reference : table.references()) {
        actor(reference.actor())
            .filter(a -> a.kind() == ActorKind.STATE)
            .flatMap(Actor::code)
            .ifPresent(code -> counts.merge(code, 1, Integer::sum));
      }
      stateCounts = new ArrayList<>(counts.entrySet());
    }

    private void track(int i) {
      Actor actor = actors.get(i);
      indexOf.putIfAbsent(actor.id(), i);
      if (actor.kind() != ActorKind.PERSON) {
        actor.code().ifPresent(code -> partyOfCode.putIfAbsent(code, actor.id()));
      }
    }

    /** The number of the next actor id: one more than the highest ("a12" gives "a13"). */
    String nextId() {
      int last = 0;
      for (Actor actor : actors) {
        last = Math.max(last, Integer.parseInt(actor.id().substring(1)));
      }
      return "a" + (last + 1);
    }

    Optional<Actor> actor(String id) {
      Integer i = indexOf.get(id);
      return i == null ? Optional.empty() : Optional.of(actors.get(i));
    }

    Optional<String> code(String id) {
      return actor(id).flatMap(Actor::code);
    }

    boolean isPerson(String id) {
      return actor(id).map(a -> a.kind() == ActorKind.PERSON).orElse(false);
    }

    /** The code of the state or organisation a person serves, by their first post's {@code of}. */
    Optional<String> affiliation(String id) {
      return actor(id)
          .flatMap(a -> a.posts().stream().findFirst())
          .flatMap(Post::of)
          .flatMap(this::actor)
          .flatMap(Actor::code);
    }

    void replace(Actor revised) {
      actors.set(indexOf.get(revised.id()), revised);
    }

    void add(Actor actor) {
      actors.add(actor);
      track(actors.size() - 1);
    }

    /** The state the document names most often besides one, the first named among equals. */
    Optional<String> mostNamedStateBesides(String excluded) {
      Map.Entry<String, Integer> best = null;
      for (Map.Entry<String, Integer> count : stateCounts) {
        if (!count.getKey().equals(excluded)
            && (best == null || count.getValue() > best.getValue())) {
          best = count;
        }
      }
      return Optional.ofNullable(best).map(Map.Entry::getKey);
    }
  }

  /** The country where the person meets, at home, someone who serves another party. */
  private static Optional<String> hostCountry(
      String person, List<Meeting> meetings, Current table) {
    for (Meeting meeting : meetings) {
      Optional<String> country = meeting.place().flatMap(Place::country);
      if (country.isEmpty()) {
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
   * "Prime Minister Shinzo Abe visits India": a visitor does not serve the state visited, so they
   * serve the state the document names most often besides it.
   */
  private static Optional<String> visitorsCountry(List<Meeting> meetings, Current table) {
    for (Meeting meeting : meetings) {
      boolean visit = meeting.codes().flatMap(Codes::cameo).filter(VISIT_CODE::equals).isPresent();
      if (!visit) {
        continue;
      }
      Optional<String> visited = Optional.empty();
      for (Participant other : meeting.participants()) {
        if (table.actor(other.actor()).filter(a -> a.kind() == ActorKind.STATE).isPresent()) {
          visited = table.code(other.actor());
        }
      }
      visited = visited.or(() -> meeting.place().flatMap(Place::country));
      if (visited.isPresent()) {
        return table.mostNamedStateBesides(visited.get());
      }
    }
    return Optional.empty();
  }

  /**
   * In a meeting of two people where the other's state is known, the state the document names most
   * often besides it: "India and Brunei resolved ..." with the Bruneian minister known makes the
   * other minister India's.
   */
  private static Optional<String> otherSide(String person, List<Meeting> meetings, Current table) {
    for (Meeting meeting : meetings) {
      if (meeting.participants().size() != 2) {
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
      return table.mostNamedStateBesides(known.get());
    }
    return Optional.empty();
  }

  /** The state of a web address's country-code domain, unless the domain is used generically. */
  Optional<String> countryOfAddress(String address) {
    Optional<String> found = host(address);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String host = found.get();
    String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    if (tld.length() != 2 || genericDomains.contains(tld)) {
      return Optional.empty();
    }
    String alpha2 = tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT);
    return knowledge.stateByAlpha2(alpha2).map(s -> s.code());
  }

  private void setOf(Current current, Actor actor, Post post, String code) {
    String partyId = partyActor(current, code);
    List<Post> posts = new ArrayList<>(actor.posts());
    posts.set(0, new Post(post.title(), Optional.of(partyId), post.to()));
    current.replace(
        new Actor(actor.id(), actor.kind(), actor.name(), actor.code(), posts, actor.mentions()));
  }

  /** The organisation whose own web site the address is on: the longest domain that matches. */
  Optional<String> organisationOfAddress(String address) {
    Optional<String> host = host(address);
    if (host.isEmpty()) {
      return Optional.empty();
    }
    String name = host.get().toLowerCase(Locale.ROOT);
    while (true) {
      String code = organisationDomains.get(name);
      if (code != null) {
        return Optional.of(code);
      }
      int dot = name.indexOf('.');
      if (dot < 0) {
        return Optional.empty();
      }
      name = name.substring(dot + 1);
    }
  }

  private String partyActor(Current current, String code) {
    String known = current.partyOfCode.get(code);
    if (known != null) {
      return known;
    }
    String id = current.nextId();
    Optional<String> organisation = knowledge.organisation(code).map(o -> o.name());
    ActorKind kind = organisation.isPresent() ? ActorKind.ORGANISATION : ActorKind.STATE;
    String name = organisation.or(() -> knowledge.state(code).map(s -> s.name())).orElse(code);
    current.add(new Actor(id, kind, name, Optional.of(code), List.of(), List.of()));
    return id;
  }

  /** The host of a web address, if it is one. */
  private static Optional<String> host(String address) {
    try {
      return Optional.ofNullable(URI.create(address.strip()).getHost());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
