package org.attache.pipeline.events.statement;

import java.util.List;
import java.util.Set;
import org.attache.knowledge.StanceWord;
import org.attache.model.Stance;
import org.attache.pipeline.events.parties.SentenceView;

/**
 * Appreciation reads from what is appreciated: of a favour done to the speaker ({@code favour}:
 * "appreciation for China's support", "appreciated the warm hospitality") it is thanks; of anything
 * else ("appreciation of the initiatives at the summit", "appreciated the country's role") it is
 * praise.
 */
final class AppreciationObject {
  /** How far after the word its object may name the favour. */
  private static final int REACH = 6;

  private static final Set<Stance> READINGS = Set.of(Stance.PRAISE, Stance.THANKS);

  private final StatementWords words;

  AppreciationObject(StatementWords words) {
    this.words = words;
  }

  /** Whether the word reads as praise or thanks by its object alone. */
  static boolean applies(StanceWord word) {
    List<Stance> stances = word.stances();
    return stances.size() == 2 && READINGS.containsAll(stances);
  }

  /** The reading of the word at the token, whose clause ends at the last token. */
  Stance reading(SentenceView view, int token, int last) {
    for (int i = token + 1; i <= Math.min(last, token + REACH); i++) {
      if (words.is(view.lower(i), StatementWords.Role.FAVOUR)) {
        return Stance.THANKS;
      }
    }
    return Stance.PRAISE;
  }
}
