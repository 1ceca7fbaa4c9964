package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.knowledge.KnowledgeBase;
import org.attache.knowledge.PostKind;
import org.attache.model.Actor;
import org.attache.model.Post;

/**
 * The offices the people of a story hold, kept up to date as {@link StoryPosts} completes their
 * posts: who holds each title for each state or organisation, the missions of each state, and the
 * states the envoys are accredited to.
 */
final class StoryOffices {
  private final KnowledgeBase knowledge;
  private final TitleKinds kinds;
  private final StoryActors actors;

  /**
   * For each state or organisation served, the states its envoys are accredited to, with the envoy:
   * the first two envoys only, as one other than the envoy asking is all that is wanted.
   */
  private final Map<String, List<String[]>> missions = new HashMap<>();

  /** For each title (lower case), how many people hold it for each state or organisation. */
  private final Map<String, Map<String, Integer>> offices = new HashMap<>();

  /** The states the envoys of the story are accredited to, by how often. */
  private final Map<String, Integer> receiving = new LinkedHashMap<>();

  StoryOffices(
      KnowledgeBase knowledge,
      TitleKinds kinds,
      StoryActors actors,
      Map<String, Integer> accreditedCounts) {
    this.knowledge = knowledge;
    this.kinds = kinds;
    this.actors = actors;
    receiving.putAll(accreditedCounts);
  }

  /** The states the envoys of the story are accredited to, by how often. */
  Map<String, Integer> receiving() {
    return receiving;
  }

  /** Adds a person's post to the indexes (by {@code +1}) or takes it out ({@code -1}). */
  void count(Actor person, Post post, int sign) {
    Optional<String> of = post.of().flatMap(actors::code);
    of.ifPresent(
        code ->
            offices
                .computeIfAbsent(post.title().toLowerCase(Locale.ROOT), k -> new HashMap<>())
                .merge(code, sign, Integer::sum));
    Optional<String> to = post.to().flatMap(actors::code);
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

  /** The state another envoy of the same state is accredited to: one mission. */
  Optional<String> colleaguesPost(Actor envoy, String own) {
    for (String[] colleague : missions.getOrDefault(own, List.of())) {
      if (!colleague[0].equals(envoy.id())) {
        return Optional.of(colleague[1]);
      }
    }
    return Optional.empty();
  }

  /** The states whose office of this title another person of the story holds. */
  Set<String> holdersOfTheSameOffice(Actor person, String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    Map<String, Integer> holders = new HashMap<>(offices.getOrDefault(lower, Map.of()));
    for (Post own : person.posts()) {
      if (own.title().toLowerCase(Locale.ROOT).equals(lower)) {
        own.of().flatMap(actors::code).ifPresent(code -> holders.merge(code, -1, Integer::sum));
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
}
