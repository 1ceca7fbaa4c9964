package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.knowledge.PhraseMatch;
import org.attache.knowledge.PhraseMatcher;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Place;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.mentions.Datelines;

/**
 * How often a story names each state, organisation and place, overall and sentence by sentence:
 * what {@link StoryPosts} weighs to tell whom an official serves.
 */
final class StoryCounts {
  /** How much more a state named in the person's own sentences weighs than one named elsewhere. */
  private static final int NEAR = 3;

  final Optional<String> datelineCountry;
  final Map<String, Integer> stateCounts = new LinkedHashMap<>();
  final Map<String, Integer> organisationCounts = new LinkedHashMap<>();
  final Map<String, Integer> accreditedCounts = new LinkedHashMap<>();

  /** The states named, with the countries of the cities named: where the story takes place. */
  final Map<String, Integer> placeCounts = new LinkedHashMap<>();

  /** The sentences that refer to each actor. */
  private final Map<String, Set<Integer>> sentencesOf = new HashMap<>();

  /** The codes of the states each sentence refers to, once per reference. */
  private final Map<Integer, List<String>> statesIn = new HashMap<>();

  StoryCounts(Analysis analysis, PhraseMatcher<String> seats) {
    ActorTable table = analysis.actorTable();
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
      if (reference.rule().equals(StoryPosts.ACCREDITED_TO)) {
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
  }

  /** The state named most in the person's sentences, then in the whole story. */
  Optional<String> mostNear(Actor person, Set<String> excluded) {
    Map<String, Integer> scores = new LinkedHashMap<>(stateCounts);
    for (int sentence : sentencesOf.getOrDefault(person.id(), Set.of())) {
      for (String code : statesIn.getOrDefault(sentence, List.of())) {
        scores.merge(code, NEAR, Integer::sum);
      }
    }
    return most(scores, excluded);
  }

  /** The code counted most, leaving out the excluded; the first of equals. */
  static Optional<String> most(Map<String, Integer> counts, Set<String> excluded) {
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
}
