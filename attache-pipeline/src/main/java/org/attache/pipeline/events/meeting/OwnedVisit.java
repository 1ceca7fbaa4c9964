package org.attache.pipeline.events.meeting;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.attache.pipeline.analysis.Reference;

/**
 * "Xi Jinping's US visit": who made a visit told by a noun, and where to if the words say.
 *
 * @param owner the actor id of the visitor
 * @param state the actor id of the state the noun's modifiers name, if any
 */
record OwnedVisit(String owner, Optional<String> state) {
  OwnedVisit {
    requireNonNull(owner, "owner is null");
    requireNonNull(state, "state is null");
  }

  /**
   * The owner of a visit told by a noun ("Xi Jinping's visit", "Kerry's ongoing China visit"), and
   * the state its modifiers name; empty where no name owns it.
   */
  static Optional<OwnedVisit> of(MeetingSentence s, Triggers.Found trigger) {
    if (trigger.trigger().pattern() != Trigger.Pattern.VISIT
        || !s.pos(trigger.firstToken()).startsWith("NN")) {
      return Optional.empty();
    }
    Optional<String> state = Optional.empty();
    int i = trigger.firstToken() - 1;
    while (s.contains(i) && !s.pos(i).equals("POS") && i >= trigger.firstToken() - 4) {
      for (Reference reference : s.references()) {
        boolean party = !s.actors().isPerson(reference.actor());
        if (party && reference.lastToken() == i && state.isEmpty()) {
          state = Optional.of(reference.actor());
          i = reference.firstToken();
        }
      }
      if (!s.pos(i).startsWith("JJ")
          && !s.pos(i).startsWith("NN")
          && !s.pos(i).equals("CD")
          && !s.pos(i).equals("HYPH")) {
        return Optional.empty();
      }
      i--;
    }
    if (!s.pos(i).equals("POS")) {
      return Optional.empty();
    }
    for (Reference reference : s.references()) {
      if (reference.lastToken() == i - 1 && s.actors().isPerson(reference.actor())) {
        return Optional.of(new OwnedVisit(reference.actor(), state));
      }
    }
    return Optional.empty();
  }
}
