package org.attache.pipeline.events.meeting;

import java.util.Optional;
import org.attache.pipeline.analysis.Reference;

/**
 * "The state visit of the President of Ghana Kwame Asante to India": a visit told by a noun whose
 * visitor follows "of" and whose destination follows "to". The visitor is the first person named
 * after "of", the destination the first state or organisation named after the "to" that follows.
 */
final class VisitOf {
  /** How many words a visitor's title and name may take between "of" and "to". */
  private static final int REACH = 12;

  private VisitOf() {}

  /** The visitor and the destination of a visit noun followed by "of"; empty if not so told. */
  static Optional<Visit> find(MeetingSentence s, Triggers.Found trigger) {
    int of = trigger.lastToken() + 1;
    if (trigger.trigger().pattern() != Trigger.Pattern.VISIT
        || !s.pos(trigger.firstToken()).startsWith("NN")
        || !s.word(of).equals("of")) {
      return Optional.empty();
    }
    Optional<Reference> visitor = Optional.empty();
    for (Reference reference : s.references()) {
      boolean first = visitor.isEmpty() || reference.firstToken() < visitor.get().firstToken();
      if (first
          && reference.firstToken() > of
          && reference.lastToken() <= of + REACH
          && s.actors().isPerson(reference.actor())
          && !reference.qualifier()) {
        visitor = Optional.of(reference);
      }
    }
    if (visitor.isEmpty()) {
      return Optional.empty();
    }
    int to = visitor.get().lastToken() + 1;
    if (!s.word(to).equals("to")) {
      return Optional.empty();
    }
    for (Reference reference : s.references()) {
      if (reference.firstToken() == to + 1 || reference.firstToken() == to + 2) {
        if (!s.actors().isPerson(reference.actor())) {
          return Optional.of(new Visit(visitor.get().actor(), reference.actor()));
        }
      }
    }
    return Optional.empty();
  }

  /** Who visited ({@code visitor}) and where to ({@code destination}): actor ids. */
  record Visit(String visitor, String destination) {}
}
