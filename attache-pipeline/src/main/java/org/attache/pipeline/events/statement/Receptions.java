package org.attache.pipeline.events.statement;

import java.util.Optional;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.events.parties.SentenceView;

/**
 * A welcome given to a person is a reception, not a statement: "welcomed US Secretary of Defense
 * Lloyd Austin to NATO Headquarters", "welcomed him", "welcomed the delegation". A welcome given to
 * a deed or a decision ("welcomed Kosovo's readiness", "welcomed the US' support") stays one.
 */
final class Receptions {
  private final StatementWords words;

  Receptions(StatementWords words) {
    this.words = words;
  }

  /** Whether the act receives someone rather than speaks. */
  boolean receives(SentenceView view, Act act, ActorTable actors) {
    if (!words.is(view.lower(act.lastToken()), StatementWords.Role.RECEPTION_VERB)) {
      return false;
    }
    int next = act.lastToken() + 1;
    while (view.pos(next).equals("DT")
        || words.is(view.lower(next), StatementWords.Role.HONORIFIC)) {
      next++;
    }
    if (words.is(view.lower(next), StatementWords.Role.GUEST) && !view.pos(next).equals("PRP$")) {
      return true;
    }
    Optional<Reference> reference = view.sideAt(next);
    return reference.isPresent()
        && reference.get().firstToken() == next
        && actors.isPerson(reference.get().actor())
        && !view.lower(reference.get().lastToken() + 1).equals("'s");
  }
}
