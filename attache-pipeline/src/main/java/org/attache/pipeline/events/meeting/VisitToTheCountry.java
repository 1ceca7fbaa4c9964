package org.attache.pipeline.events.meeting;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.attache.model.ActorKind;
import org.attache.pipeline.analysis.Reference;

/**
 * "Vietnam's support for his recent visit to the country": a visit to "the country" is a visit to
 * the state the sentence named before its word as a side (not as the qualifier of a post), where it
 * named one only ("The Philippines and Sri Lanka signed ... during the state visit to the country"
 * does not say which).
 */
final class VisitToTheCountry {
  /** Nouns that stand for a state named before. */
  private static final Set<String> STATE_NOUNS = Set.of("country", "nation", "state", "kingdom");

  private VisitToTheCountry() {}

  /** The state a visit "to the country" went to; empty where the words say otherwise. */
  static List<String> destination(MeetingSentence s, Triggers.Found trigger) {
    int to = trigger.lastToken() + 1;
    boolean toTheCountry =
        trigger.trigger().pattern() == Trigger.Pattern.VISIT
            && s.word(to).equals("to")
            && s.word(to + 1).equals("the")
            && STATE_NOUNS.contains(s.word(to + 2));
    if (!toTheCountry) {
      return List.of();
    }
    Set<String> states = new LinkedHashSet<>();
    for (Reference reference : s.references()) {
      boolean isState = s.actors().is(reference.actor(), ActorKind.STATE);
      if (isState && !reference.qualifier() && reference.lastToken() < trigger.firstToken()) {
        states.add(reference.actor());
      }
    }
    return states.size() == 1 ? List.copyOf(states) : List.of();
  }
}
