package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Stage;
import org.attache.pipeline.analysis.WordLists;
import org.attache.pipeline.mentions.Datelines;

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
public final class StoryPosts implements Stage {
  /** Titles that organisations give their officials, and states seldom. */
  private static final Set<String> ORGANISATION_TITLES =
      Set.of(
          "Secretary-General",
          "Deputy Secretary-General",
          "Under-Secretary-General",
          "Assistant Secretary-General",
          "Director-General",
          "Deputy Director-General",
          "High Representative",
          "Executive Secretary",
          "Commissioner");

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

  /** How much more a state named in the person's own sentences weighs than one named elsewhere. */
  private static final int NEAR = 3;

  private final KnowledgeBase knowledge;
  private final TitleKinds kinds;
  private final PhraseMatcher<String> seats;

  public StoryPosts(KnowledgeBase knowledge) {
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
  public String name() {
    return "story-posts";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(
        Layer.SENTENCES, Layer.MENTIONS, Layer.ACTORS, Layer.MEETINGS, Layer.AFFILIATIONS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.AFFILIATIONS);
  }

  @Override
  public Analysis apply(Analysis analysis) {
    Story story = new Story(analysis);
    if (!story.changed()) {
      return analysis;
    }
    return analysis.withActors(new ActorTable(story.actors, analysis.actorTable().references()));
  }

  /**
   * One document's actors being completed, with what the story tells about them. Each look-up goes
   * through an index built once and kept up to date as posts are completed, so that the whole is
   * linear in the number of actors, references and meetings.
   */
  private final class Story {
    private final List<Actor> actors;
    private final List<Meeting> meetings = new ArrayList<>();
    private final Optional<String> datelineCountry;
    private final Map<String, Integer> stateCounts = new LinkedHashMap<>();
    private final Map<String, Integer> organisationCounts = new LinkedHashMap<>();
    private final Map<String, Integer> accreditedCounts = new LinkedHashMap<>();

    /** The states named, with the countries of the cities named: where the story takes place. */
    private final Map<String, Integer> placeCounts = new LinkedHashMap<>();

    /** Each actor's place in {@link #actors}, by id. */
    private final Map<String, Integer> position = new HashMap<>();

    /** The first state or organisation actor of each code. */
    private final Map<String, String> partyIds = new HashMap<>();

    /** The meetings each actor takes part in, in order. */
    private final Map<String, List<Meeting>> meetingsOf = new HashMap<>();

    /** The sentences that refer to each actor. */
    private final Map<String, Set<Integer>> sentencesOf = new HashMap<>();

    /** The codes of the states each sentence refers to, once per reference. */
    private final Map<Integer, List<String>> statesIn = new HashMap<>();

    /**
     * For each state or organisation served, the states its envoys are accredited to, with the
     * envoy: the first two envoys only, as one other than the envoy asking is all that is wanted.
     */
    private final Map<String, List<String[]>> missions = new HashMap<>();

    /** For each title (lower case), how many people hold it for each state or organisation. */
    private final Map<String, Map<String, Integer>> offices = new HashMap<>();

    /** The states the envoys of the story are accredited to, by how often. */
    private final Map<String, Integer> receiving = new LinkedHashMap<>();

    private int lastId;
    private boolean changed;

    Story(Analysis analysis) {
      ActorTable table = analysis.actorTable();
      this.actors = new ArrayList<>(table.actors());
      for (int i = 0; i < actors.size(); i++) {
        index(actors.get(i), i);
      }
      for (Event event : analysis.events()) {
        if (event instanceof Meeting meeting) {
          meetings.add(meeting);
          Set<String> sides = new HashSet<>();
          for (Participant participant : meeting.participants()) {
            if (sides.add(participant.actor())) {
              meetingsOf.computeIfAbsent(participant.actor(), k -> new ArrayList<>()).add(meeting);
            }
          }
        }
      }
      this.datelineCountry =
          Datelines.find(analysis.annotatedText(), analysis.mentionList()).flatMap(Place::country);
      for (Reference reference : table.references()) {
        sentencesOf
            .computeIfAbsent(reference.actor(), k -> new HashSet<>())
            .add(reference.sentence());
        Optional<Actor> actor = table.actor(reference.actor());
        if (actor.isEmpty() || actor.get().code().isEmpty()) {
          continue;
        }
        String code = actor.get().code().get();
        if (actor.get().kind() == ActorKind.STATE) {
          statesIn.computeIfAbsent(reference.sentence(), k -> new ArrayList<>()).add(code);
        }
        if (reference.rule().equals(ACCREDITED_TO)) {
          accreditedCounts.merge(code, 1, Integer::sum);
        } else if (actor.get().kind() == ActorKind.STATE) {
          stateCounts.merge(code, 1, Integer::sum);
        } else {
          organisationCounts.merge(code, 1, Integer::sum);
        }
      }
      for (PhraseMatch<String> seat : seats.find(analysis.text())) {
        stateCounts.merge(seat.payload(), 1, Integer::sum);
      }
      placeCounts.putAll(stateCounts);
      for (Mention mention : analysis.mentionList().all()) {
        if (mention.kind() == MentionKind.CITY) {
          mention.country().ifPresent(country -> placeCounts.merge(country, 1, Integer::sum));
        }
      }
      receiving.putAll(accreditedCounts);
      for (Actor actor : actors) {
        for (Post post : actor.kind() == ActorKind.PERSON ? actor.posts() : List.<Post>of()) {
          count(actor, post, 1);
        }
      }
      completeEnvoys();
      completeNationalOfficials();
      completeOrganisationOfficials();
      completeLocalOfficials();
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

    /** Adds a person's post to the indexes (by {@code +1}) or takes it out ({@code -1}). */
    private void count(Actor person, Post post, int sign) {
      Optional<String> of = post.of().flatMap(this::code);
      of.ifPresent(
          code ->
              offices
                  .computeIfAbsent(post.title().toLowerCase(Locale.ROOT), k -> new HashMap<>())
                  .merge(code, sign, Integer::sum));
      Optional<String> to = post.to().flatMap(this::code);
      if (sign > 0 && of.isPresent() && to.isPresent()) {
        List<String[]> envoys = missions.computeIfAbsent(of.get(), k -> new ArrayList<>(2));
        boolean known = envoys.stream().anyMatch(e -> e[0].equals(person.id()));
        if (envoys.size() < 2 && !known) {
          envoys.add(new String[] {person.id(), to.get()});
        }
      }
      boolean first = !person.posts().isEmpty() && person.posts().get(0).equals(post);
      if (first && kinds.kind(post.title()).orElse(null) == PostKind.ENVOY) {
        to.filter(c -> knowledge.state(c).isPresent())
            .ifPresent(code -> receiving.merge(code, sign, Integer::sum));
      }
    }

    private void completeEnvoys() {
      Set<String> envoyStates = envoyStates();
      for (Actor actor : List.copyOf(actors)) {
        Optional<Post> post = firstPost(actor);
        if (post.isEmpty()
            || post.get().to().isPresent()
            || !atAMission(post.get().title())
            || post.get().of().isEmpty()) {
          continue;
        }
        Optional<String> own = code(post.get().of().get());
        if (own.isEmpty()) {
          continue;
        }
        Optional<String> receivingState =
            colleaguesPost(actor, own.get())
                .or(() -> metState(actor, own.get()))
                .or(() -> most(receiving, Set.of(own.get())))
                .or(() -> datelineCountry.filter(c -> !c.equals(own.get())))
                .or(() -> most(placeCounts, envoyStates));
        receivingState.ifPresent(
            code -> setPost(actor, post.get(), post.get().of(), Optional.of(id(code))));
      }
    }

    private void completeNationalOfficials() {
      for (Actor actor : List.copyOf(actors)) {
        Actor current = current(actor);
        Optional<Post> post = firstPost(current);
        if (post.isEmpty() || post.get().of().isPresent() || !kinds.national(post.get().title())) {
          continue;
        }
        Set<String> taken = holdersOfTheSameOffice(current, post.get().title());
        Optional<String> state = Optional.empty();
        if (kinds.kind(post.get().title()).orElse(null) == PostKind.HEAD_OF_STATE) {
          state = most(receiving, taken);
        }
        state = state.or(() -> mostNear(current, taken));
        state.ifPresent(
            code -> setPost(current, post.get(), Optional.of(id(code)), post.get().to()));
      }
    }

    private void completeOrganisationOfficials() {
      Optional<String> organisation = most(organisationCounts, Set.of());
      if (organisation.isEmpty()) {
        return;
      }
      for (Actor actor : List.copyOf(actors)) {
        Actor current = current(actor);
        Optional<Post> post = firstPost(current);
        if (post.isPresent()
            && post.get().of().isEmpty()
            && ORGANISATION_TITLES.contains(post.get().title())) {
          setPost(current, post.get(), Optional.of(id(organisation.get())), post.get().to());
        }
      }
    }

    /**
     * "Mayor of Kazan", "Governor of the province": a local official serves the state of the city
     * or state the title names, else the state of the dateline.
     */
    private void completeLocalOfficials() {
      for (Actor actor : List.copyOf(actors)) {
        Actor current = current(actor);
        Optional<Post> post = firstPost(current);
        if (post.isEmpty() || post.get().of().isPresent() || !local(post.get().title())) {
          continue;
        }
        Optional<String> state = stateNamedIn(post.get().title()).or(() -> datelineCountry);
        state.ifPresent(
            code -> setPost(current, post.get(), Optional.of(id(code)), post.get().to()));
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

    /** The state another envoy of the same state is accredited to: one mission. */
    private Optional<String> colleaguesPost(Actor envoy, String own) {
      for (String[] colleague : missions.getOrDefault(own, List.of())) {
        if (!colleague[0].equals(envoy.id())) {
          return Optional.of(colleague[1]);
        }
      }
      return Optional.empty();
    }

    /** The state of a side the envoy meets, or the country they meet in, if not their own. */
    private Optional<String> metState(Actor envoy, String own) {
      for (Meeting meeting : meetingsOf.getOrDefault(envoy.id(), List.of())) {
        for (Participant participant : meeting.participants()) {
          Optional<Actor> side = actor(participant.actor());
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
      Optional<Post> post = firstPost(side);
      if (side.kind() != ActorKind.PERSON
          || post.isEmpty()
          || !kinds.national(post.get().title())) {
        return Optional.empty();
      }
      return post.get().of().flatMap(this::code).filter(c -> knowledge.state(c).isPresent());
    }

    /** The states the envoys of the story serve: none of them receives the others. */
    private Set<String> envoyStates() {
      Set<String> states = new HashSet<>();
      for (Actor actor : actors) {
        firstPost(actor)
            .filter(p -> kinds.kind(p.title()).orElse(null) == PostKind.ENVOY)
            .flatMap(Post::of)
            .flatMap(this::code)
            .ifPresent(states::add);
      }
      return states;
    }

    /** The states whose office of this title another person of the story holds. */
    private Set<String> holdersOfTheSameOffice(Actor person, String title) {
      String lower = title.toLowerCase(Locale.ROOT);
      Map<String, Integer> holders = new HashMap<>(offices.getOrDefault(lower, Map.of()));
      for (Post own : person.posts()) {
        if (own.title().toLowerCase(Locale.ROOT).equals(lower)) {
          own.of().flatMap(this::code).ifPresent(code -> holders.merge(code, -1, Integer::sum));
        }
      }
      Set<String> taken = new HashSet<>();
      holders.forEach(
          (code, count) -> {
            if (count > 0) {
              taken.add(code);
            }
          });
      return taken;
    }

    /** The state named most in the person's sentences, then in the whole story. */
    private Optional<String> mostNear(Actor person, Set<String> excluded) {
      Map<String, Integer> scores = new LinkedHashMap<>(stateCounts);
      for (int sentence : sentencesOf.getOrDefault(person.id(), Set.of())) {
        for (String code : statesIn.getOrDefault(sentence, List.of())) {
          scores.merge(code, NEAR, Integer::sum);
        }
      }
      return most(scores, excluded);
    }

    private Optional<String> most(Map<String, Integer> counts, Set<String> excluded) {
      String best = null;
      int most = 0;
      for (Map.Entry<String, Integer> entry : counts.entrySet()) {
        if (!excluded.contains(entry.getKey()) && entry.getValue() > most) {
          best = entry.getKey();
          most = entry.getValue();
        }
      }
      return Optional.ofNullable(best);
    }

    private Optional<Post> firstPost(Actor actor) {
      return actor.kind() == ActorKind.PERSON
          ? actor.posts().stream().findFirst()
          : Optional.empty();
    }

    private Optional<Actor> actor(String id) {
      return Optional.ofNullable(position.get(id)).map(actors::get);
    }

    private Actor current(Actor actor) {
      return actor(actor.id()).orElse(actor);
    }

    private Optional<String> code(String actorId) {
      return actor(actorId).flatMap(Actor::code);
    }

    private void setPost(Actor person, Post post, Optional<String> of, Optional<String> to) {
      Actor current = current(person);
      List<Post> posts = new ArrayList<>(current.posts());
      Post completed = new Post(post.title(), of, to);
      posts.set(posts.indexOf(post), completed);
      count(current, post, -1);
      actors.set(
          position.get(current.id()),
          new Actor(
              current.id(),
              current.kind(),
              current.name(),
              current.code(),
              posts,
              current.mentions()));
      count(current(person), completed, 1);
      changed = true;
    }

    /** The id of the state or organisation with this code, added to the actors if new. */
    private String id(String code) {
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
}
