package org.attache.pipeline.events.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.model.ActorKind;
import org.attache.pipeline.analysis.Reference;

/**
 * "A met with Education Ministers from B and C", "A received the ambassadors of B and C": the
 * counterparts are states whose officials a plural title names, each a counterpart of its own,
 * unless the envoys came together to present their credentials at one ceremony.
 */
final class StatesOfAPluralTitle {
  /** Words of a ceremony at which many envoys present their credentials at once. */
  private static final Set<String> CEREMONIES = Set.of("credential", "credentials", "ceremony");

  /** Parts of speech that may open the title: "the", "new", "Education". */
  private static final Set<String> MODIFIERS = Set.of("DT", "JJ", "NNP", "NN", "CD", "PRP$");

  /** How many words the title may run to before its "from" or "of". */
  private static final int REACH = 5;

  private StatesOfAPluralTitle() {}

  /**
   * Whether the sides after the word are exactly the states listed after a plural title that
   * follows it: "with Education Ministers from B and C".
   */
  static boolean listed(MeetingSentence s, Triggers.Found trigger, List<String> sides) {
    Optional<Integer> from = listStart(s, trigger);
    if (from.isEmpty() || ceremony(s)) {
      return false;
    }
    List<String> states = new ArrayList<>();
    int next = from.get();
    for (Reference reference : s.references()) {
      if (reference.firstToken() < next || reference.qualifier()) {
        continue;
      }
      if (reference.firstToken() > next || !isState(s, reference.actor())) {
        break;
      }
      states.add(reference.actor());
      next = reference.lastToken() + 1;
      if (s.word(next).equals(",")) {
        next++;
      }
      if (s.word(next).equals("and")) {
        next++;
      }
    }
    return states.size() >= 2 && states.containsAll(sides);
  }

  /** The token after "from" or "of" that closes a plural title right after the word. */
  private static Optional<Integer> listStart(MeetingSentence s, Triggers.Found trigger) {
    int i = trigger.lastToken() + 1;
    if (s.word(i).equals("with")) {
      i++;
    }
    for (int end = i; end < i + REACH && s.contains(end); end++) {
      String word = s.word(end);
      boolean plural =
          s.pos(end).startsWith("NNS") || (s.pos(end).startsWith("NNP") && word.endsWith("s"));
      String after = s.word(end + 1);
      if (plural && (after.equals("from") || after.equals("of"))) {
        return Optional.of(end + 2);
      }
      if (!MODIFIERS.contains(s.pos(end)) && !s.pos(end).startsWith("NN")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean isState(MeetingSentence s, String id) {
    return s.actors().is(id, ActorKind.STATE);
  }

  private static boolean ceremony(MeetingSentence s) {
    for (int i = s.first(); i <= s.last(); i++) {
      if (CEREMONIES.contains(s.lemma(i))) {
        return true;
      }
    }
    return false;
  }
}
