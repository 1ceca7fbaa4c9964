package org.attache.pipeline.events.statement;

import java.util.Set;
import org.attache.model.Stance;
import org.attache.pipeline.events.parties.SentenceView;

/**
 * A reporting verb whose object is the importance of doing more together is intent to cooperate:
 * "stressed the importance of further developing trade", "noted the significance of strengthening
 * ties", "underlined the importance of signing the agreement soon". The importance of a thing ("the
 * importance of dialogue platforms") or of an act that is not a development ("the importance of
 * engaging the opposition") stays a comment.
 */
final class ImportanceOfActing {
  private static final Set<String> HEADS = Set.of("importance", "significance");

  /** Words of doing more: a gerund or noun of development, after "of" and an optional "the". */
  private static final Set<String> DEVELOPING =
      Set.of(
          "further",
          "developing",
          "development",
          "deepening",
          "strengthening",
          "raising",
          "expanding",
          "expansion",
          "intensifying",
          "intensification",
          "accelerating",
          "promoting",
          "enhancing",
          "boosting",
          "bolstering",
          "broadening",
          "signing",
          "implementing",
          "implementation");

  private ImportanceOfActing() {}

  /** Whether the clause from its first to its last token holds the importance of developing. */
  static boolean in(SentenceView view, int first, int last) {
    for (int i = first; i + 2 <= last; i++) {
      if (HEADS.contains(view.lower(i)) && view.lower(i + 1).equals("of")) {
        int next = view.lower(i + 2).equals("the") ? i + 3 : i + 2;
        return next <= last && DEVELOPING.contains(view.lower(next));
      }
    }
    return false;
  }

  /** The reading of a plain comment whose clause holds the importance of developing. */
  static Stance reading(Stance reading, SentenceView view, int first, int last) {
    return reading == Stance.COMMENT && in(view, first, last)
        ? Stance.INTENT_TO_COOPERATE
        : reading;
  }
}
