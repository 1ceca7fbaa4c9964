package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.knowledge.Entity;
import org.attache.knowledge.KnowledgeBase;
import org.attache.knowledge.PhraseMatch;
import org.attache.knowledge.PhraseMatcher;
import org.attache.knowledge.PostKind;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Event;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.model.Place;
import org.attache.model.Post;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.WordLists;

/**
 * Fills from the story what the post phrases and {@code InferAffiliations} left open, where the
 * title names no one:
 *
 * <ul>
 *   <li>an envoy's {@code to}: the state a colleague of the same mission is accredited to; else the
 *       state of the official or the state they meet, or the country they meet in; else the state
 *       the other envoys of the story are accredited to ("ambassadors to Ethiopia"); else the
 *       dateline's country; else the state or country the story names most that no envoy serves,
 *       its seats of government and cities counting for their states;
 *   <li>a state office holder's {@code of}: the state the envoys receiving their credentials are
 *       accredited to, for a head of state; else the state named most in the sentences that name
 *       the person and then in the whole story, leaving out the states whose same office someone
 *       else holds ("Prime Minister Abe visits India for talks with Prime Minister Modi");
 *   <li>an organisation official's {@code of} ("Secretary General Jens Stoltenberg"): the
 *       organisation the story names most;
 *   <li>a local official's {@code of} ("Mayor of Kazan"): the state of the city or state the title
 *       names, else the dateline's country.
 * </ul>
 *
 * Never the publisher's state: an official met abroad is not the publisher's.
 */
public final class StoryPosts extends DeclaredStage {
  /** The diplomatic ranks of a mission's staff, who serve where their head of mission does. */
  private static final Set<String> MISSION_STAFF =
      Set.of(
          "Minister-Counsellor",
          "Counsellor",
          "First Secretary",
          "Second Secretary",
          "Third Secretary",
          "Attaché",
          "Defence Attaché",
          "Deputy Head of Mission");

  /**
   * The titles of a region's or a city's officials, as the knowledge base normalises them: they
   * serve the state the region or city lies in.
   */
  private static final Set<String> LOCAL_TITLES =
      Set.of(
          "Governor",
          "Deputy Governor",
          "Mayor",
          "Deputy Mayor",
          "Chief Minister",
          "Akim",
          "Hokim");

  /** The rule of the references that name where the envoys of a plural title are accredited. */
  static final String ACCREDITED_TO = "post.accredited_to";

  private final KnowledgeBase knowledge;
  private final TitleKinds kinds;
  private final PhraseMatcher<String> seats;

  public StoryPosts(KnowledgeBase knowledge) {
    super(
        "story-posts",
        EnumSet.of(
            Layer.SENTENCES, Layer.MENTIONS, Layer.ACTORS, Layer.MEETINGS, Layer.AFFILIATIONS),
        EnumSet.of(Layer.AFFILIATIONS));
    this.knowledge = knowledge;
    this.kinds = new TitleKinds(knowledge);
    PhraseMatcher.Builder<String> builder = PhraseMatcher.builder();
    for (List<String> row : WordLists.table("venues.tsv")) {
      if (row.size() >= 3) {
        builder.add(row.get(0), row.get(2));
      }
    }
    this.seats = builder.build();
  }

  @Override
  public Analysis apply(Analysis analysis) {
    Story story = new Story(analysis);
    if (!story.changed()) {
      return analysis;
    }
    return analysis.withActors(new ActorTable(story.actors(), analysis.actorTable().references()));
  }

  /**
   * One document's actors being completed, with what the story tells about them. Each look-up goes
   * through an index built once and kept up to date as posts are completed, so that the whole is
   * linear in the number of actors, references and meetings. /** One document's actors being
   * completed, with what the story tells about them. Each look-up goes through an index built once
   * and kept up to date as posts are completed, so that the whole is linear in the number of
   * actors, references and meetings.
   */
  private final class Story {
    private final StoryActors actors;
    private final StoryCounts counts;
    private final StoryOffices offices;

    /** The meetings each actor takes part in, in order. */
    private final Map<String, List<Meeting>> meetingsOf = new HashMap<>();

    Story(Analysis analysis) {
      this.actors = new StoryActors(knowledge, analysis.actorTable().actors());
      for (Event event : analysis.events()) {
        if (event instanceof Meeting meeting) {
          Set<String> sides = new HashSet<>();
          for (Participant participant : meeting.participants()) {
            if (sides.add(participant.actor())) {
              meetingsOf.computeIfAbsent(participant.actor(), k -> new ArrayList<>()).add(meeting);
            }
          }
        }
      }
      this.counts = new StoryCounts(analysis, seats);
      this.offices = new StoryOffices(knowledge, kinds, actors, counts.accreditedCounts);
      for (Actor actor : actors.all()) {
        for (Post post : actor.kind() == ActorKind.PERSON ? actor.posts() : List.<Post>of()) {
          offices.count(actor, post, 1);
        }
      }
      completeEnvoys();
      completeNationalOfficials();
      completeOrganisationOfficials();
      completeLocalOfficials();
    }

    boolean changed() {
      return actors.changed();
    }

    List<Actor> actors() {
      return actors.all();
    }

    private void completeEnvoys() {
      Set<String> envoyStates = envoyStates();
      for (Actor actor : List.copyOf(actors.all())) {
        Optional<Post> post = StoryActors.firstPost(actor);
        if (post.isEmpty()
            || post.get().to().isPresent()
            || !atAMission(post.get().title())
            || post.get().of().isEmpty()) {
          continue;
        }
        Optional<String> own = actors.code(post.get().of().get());
        if (own.isEmpty()) {
          continue;
        }
        Optional<String> receivingState =
            offices
                .colleaguesPost(actor, own.get())
                .or(() -> metState(actor, own.get()))
                .or(() -> StoryCounts.most(offices.receiving(), Set.of(own.get())))
                .or(() -> counts.datelineCountry.filter(c -> !c.equals(own.get())))
                .or(() -> StoryCounts.most(counts.placeCounts, envoyStates));
        receivingState.ifPresent(
            code -> setPost(actor, post.get(), post.get().of(), Optional.of(actors.id(code))));
      }
    }

    private void completeNationalOfficials() {
      for (Actor actor : List.copyOf(actors.all())) {
        Actor current = actors.current(actor);
        Optional<Post> post = StoryActors.firstPost(current);
        if (post.isEmpty() || post.get().of().isPresent() || !kinds.national(post.get().title())) {
          continue;
        }
        Set<String> taken = offices.holdersOfTheSameOffice(current, post.get().title());
        Optional<String> state = Optional.empty();
        if (kinds.kind(post.get().title()).orElse(null) == PostKind.HEAD_OF_STATE) {
          state = StoryCounts.most(offices.receiving(), taken);
        }
        state = state.or(() -> counts.mostNear(current, taken));
        state.ifPresent(
            code -> setPost(current, post.get(), Optional.of(actors.id(code)), post.get().to()));
      }
    }

    private void completeOrganisationOfficials() {
      Optional<String> organisation = StoryCounts.most(counts.organisationCounts, Set.of());
      if (organisation.isEmpty()) {
        return;
      }
      for (Actor actor : List.copyOf(actors.all())) {
        Actor current = actors.current(actor);
        Optional<Post> post = StoryActors.firstPost(current);
        if (post.isPresent()
            && post.get().of().isEmpty()
            && OrganisationOfficials.titles().contains(post.get().title())) {
          setPost(current, post.get(), Optional.of(actors.id(organisation.get())), post.get().to());
        }
      }
    }

    /**
     * "Mayor of Kazan", "Governor of the province": a local official serves the state of the city
     * or state the title names, else the state of the dateline.
     */
    private void completeLocalOfficials() {
      for (Actor actor : List.copyOf(actors.all())) {
        Actor current = actors.current(actor);
        Optional<Post> post = StoryActors.firstPost(current);
        if (post.isEmpty() || post.get().of().isPresent() || !local(post.get().title())) {
          continue;
        }
        Optional<String> state = stateNamedIn(post.get().title()).or(() -> counts.datelineCountry);
        state.ifPresent(
            code -> setPost(current, post.get(), Optional.of(actors.id(code)), post.get().to()));
      }
    }

    private boolean local(String title) {
      for (String head : LOCAL_TITLES) {
        if (title.equals(head) || title.startsWith(head + " of ")) {
          return true;
        }
      }
      return false;
    }

    /** The state of the first city or state the text names. */
    private Optional<String> stateNamedIn(String text) {
      for (PhraseMatch<Entity> match : knowledge.find(text)) {
        if (match.payload() instanceof Entity.CityName city) {
          return Optional.of(city.state().code());
        }
        if (match.payload() instanceof Entity.StateName state) {
          return Optional.of(state.state().code());
        }
      }
      return Optional.empty();
    }

    /** An envoy, or a member of the staff of a mission ("Minister-Counsellor"). */
    private boolean atAMission(String title) {
      return kinds.kind(title).orElse(null) == PostKind.ENVOY || MISSION_STAFF.contains(title);
    }

    /** The state of a side the envoy meets, or the country they meet in, if not their own. */
    private Optional<String> metState(Actor envoy, String own) {
      for (Meeting meeting : meetingsOf.getOrDefault(envoy.id(), List.of())) {
        for (Participant participant : meeting.participants()) {
          Optional<Actor> side = actors.actor(participant.actor());
          if (side.isEmpty() || side.get().id().equals(envoy.id())) {
            continue;
          }
          Optional<String> state = stateOf(side.get());
          if (state.isPresent() && !state.get().equals(own)) {
            return state;
          }
        }
        Optional<String> country = meeting.place().flatMap(Place::country);
        if (country.isPresent() && !country.get().equals(own)) {
          return country;
        }
      }
      return Optional.empty();
    }

    /** A state actor's code, or the state a person serves as a state's office holder. */
    private Optional<String> stateOf(Actor side) {
      if (side.kind() == ActorKind.STATE) {
        return side.code();
      }
      Optional<Post> post = StoryActors.firstPost(side);
      if (side.kind() != ActorKind.PERSON
          || post.isEmpty()
          || !kinds.national(post.get().title())) {
        return Optional.empty();
      }
      return post.get().of().flatMap(actors::code).filter(c -> knowledge.state(c).isPresent());
    }

    /** The states the envoys of the story serve: none of them receives the others. */
    private Set<String> envoyStates() {
      Set<String> states = new HashSet<>();
      for (Actor actor : actors.all()) {
        StoryActors.firstPost(actor)
            .filter(p -> kinds.kind(p.title()).orElse(null) == PostKind.ENVOY)
            .flatMap(Post::of)
            .flatMap(actors::code)
            .ifPresent(states::add);
      }
      return states;
    }

    private void setPost(Actor person, Post post, Optional<String> of, Optional<String> to) {
      Actor current = actors.current(person);
      Post completed = new Post(post.title(), of, to);
      offices.count(current, post, -1);
      Actor replaced = actors.replacePost(current, post, completed);
      offices.count(replaced, completed, 1);
    }
  }
}
