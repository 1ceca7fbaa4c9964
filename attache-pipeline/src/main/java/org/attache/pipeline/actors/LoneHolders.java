package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.knowledge.PostKind;
import org.attache.pipeline.analysis.Mention;

/**
 * Gives the one person the document names without a post the post it describes most and no named
 * person holds.
 */
final class LoneHolders {
  private final ActorReferences references;
  private final TitleKinds titleKinds;

  LoneHolders(ActorReferences references, TitleKinds titleKinds) {
    this.references = references;
    this.titleKinds = titleKinds;
  }

  /**
   * "The Russian Foreign Minister, who is on a visit to Egypt, ..." and later "Lavrov": the person
   * with no post whom the document names most (at least twice as often as any other such person)
   * holds the post it describes most among those no named person holds: a post described with its
   * state or organisation, else a head of state's or government's ("the President").
   */
  void adoptLoneHolder(
      List<PostLink> descriptions,
      List<PostLink> plurals,
      PersonClusters people,
      Set<PersonClusters.Cluster> formerHolders) {
    List<PersonClusters.Cluster> unposted =
        people.clusters().stream()
            .filter(c -> !references.postsOf().containsKey(c) && !formerHolders.contains(c))
            .sorted(Comparator.comparingInt(c -> -c.mentions().size()))
            .toList();
    if (unposted.isEmpty()
        || (unposted.size() > 1
            && unposted.get(0).mentions().size() < 2 * unposted.get(1).mentions().size())) {
      return;
    }
    Map<String, PostLink> described = new LinkedHashMap<>();
    Map<String, Integer> times = new LinkedHashMap<>();
    for (PostLink description : descriptions) {
      int at = description.span().start();
      boolean unheld =
          references.nearestHolder(description, at, true) == null
              && references.nearestHolder(description, at, false) == null;
      boolean leader =
          titleKinds
              .kind(description.title())
              .filter(k -> k == PostKind.HEAD_OF_STATE || k == PostKind.HEAD_OF_GOVERNMENT)
              .isPresent();
      if (!DescriptionSyntax.governed(references.analysis().annotatedText(), description)
          && (description.of().isPresent() || leader)
          && unheld) {
        String post = description.title() + "|" + description.of().orElse("");
        described.putIfAbsent(post, description);
        times.merge(post, 1, Integer::sum);
      }
    }
    Map<String, Integer> withParty = new LinkedHashMap<>(times);
    withParty.keySet().removeIf(post -> post.endsWith("|"));
    Optional<String> mostDescribed = mostDescribed(withParty.isEmpty() ? times : withParty);
    if (mostDescribed.isEmpty()) {
      adoptPluralOffice(plurals, unposted.get(0));
      return;
    }
    PostLink description = described.get(mostDescribed.get());
    PersonClusters.Cluster holder = unposted.get(0);
    if (DescriptionSyntax.acrossAVerb(references.analysis().annotatedText(), holder, description)) {
      // "Anna Berg met the Speaker of the Parliament of Freedonia": the speaker is someone else
      return;
    }
    description.of().ifPresent(references::party);
    description.to().ifPresent(references::party);
    references.givePost(
        holder, description.withName(holder.mentions().get(0), "post.lone_unnamed_holder"));
  }

  /**
   * "Foreign ministers of Uzbekistan and Kuwait discuss ..." and then "Saidov said": the one person
   * named without a post holds the office of the two for the state of it that the document names
   * most and no named person holds it for.
   */
  private void adoptPluralOffice(List<PostLink> plurals, PersonClusters.Cluster holder) {
    // What each title is held for, and how often each references.party is named: counted once, so
    // that
    // every plural title is weighed in one look-up.
    Map<String, Set<String>> heldFor = new HashMap<>();
    for (List<PostLink> posts : references.postsOf().values()) {
      for (PostLink post : posts) {
        post.of()
            .ifPresent(of -> heldFor.computeIfAbsent(post.title(), k -> new HashSet<>()).add(of));
      }
    }
    Map<String, Integer> partyCounts = new HashMap<>();
    for (Mention mention : references.analysis().mentionList().all()) {
      if (mention.isParty()) {
        partyCounts.merge(mention.value(), 1, Integer::sum);
      }
    }
    for (PostLink plural : plurals) {
      List<String> open = new ArrayList<>(plural.phrase().of());
      open.removeAll(heldFor.getOrDefault(plural.title(), Set.of()));
      if (plural.phrase().of().size() != 2
          || open.isEmpty()
          || DescriptionSyntax.governed(references.analysis().annotatedText(), plural)) {
        continue;
      }
      Map<String, Integer> named = new HashMap<>();
      for (String code : open) {
        Integer times = partyCounts.get(code);
        if (times != null) {
          named.merge(code, times, Integer::sum);
        }
      }
      Optional<String> state = mostDescribed(named);
      if (state.isEmpty()) {
        continue;
      }
      references.party(state.get());
      references.givePost(
          holder,
          plural
              .withName(holder.mentions().get(0), "post.lone_holder_of_plural_office")
              .withOf(state.get(), "post.lone_holder_of_plural_office"));
      return;
    }
  }

  /**
   * The post described most often ("the Russian Foreign Minister ... the Russian top diplomat"
   * against one mention of "the Egyptian president"), the first described among equals: the
   * document's subject.
   */
  private static Optional<String> mostDescribed(Map<String, Integer> times) {
    int most = times.values().stream().max(Integer::compare).orElse(0);
    return times.entrySet().stream()
        .filter(e -> e.getValue() == most)
        .map(Map.Entry::getKey)
        .findFirst();
  }
}
