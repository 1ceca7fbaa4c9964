package org.attache.pipeline.events.statement;

import java.util.Optional;
import org.attache.pipeline.events.parties.Collectives;
import org.attache.pipeline.events.parties.SentenceView;

/**
 * Subjects that stand for every side at once, as statements read them: those of {@link Collectives}
 * ("the two sides", "both countries", "they"), and three more forms of reported speech.
 *
 * <ul>
 *   <li>a collective head followed by the meeting it belongs to ("the participants of the meeting
 *       expressed interest");
 *   <li>a collective head with no marker that opens its clause ("In this regard, diplomats highly
 *       appreciated");
 *   <li>"both" alone, before the verb ("Both agreed that ...").
 * </ul>
 */
final class JointSubjects {
  private final Collectives collectives;

  JointSubjects(Collectives collectives) {
    this.collectives = collectives;
  }

  /**
   * The joint subject whose last word is the token, if any.
   *
   * @param token the last word before the verb, adverbs and auxiliaries passed over
   * @param verb the verb's first token
   * @param bound the first token the subject may take
   */
  Optional<Collectives.Found> endingAt(SentenceView view, int token, int verb, int bound) {
    if (token >= bound) {
      Optional<Collectives.Found> found = collectives.endingAt(view, token);
      if (found.isPresent()) {
        return found;
      }
      if (view.lower(token - 2).equals("of") && view.pos(token - 1).equals("DT")) {
        found = collectives.endingAt(view, token - 3);
        if (found.isPresent()) {
          return found;
        }
      }
      Optional<Collectives.Kind> head = collectives.head(view.lower(token));
      if (head.isPresent() && opensClause(view, token - 1, bound) && !view.inReference(token)) {
        return Optional.of(new Collectives.Found(token, head.get(), view.token(token).text()));
      }
    }
    for (int i = Math.max(token + 1, bound); i < verb; i++) {
      if (view.lower(i).equals("both") && opensClause(view, i - 1, bound)) {
        return Optional.of(new Collectives.Found(i, Collectives.Kind.SIDES, "both"));
      }
    }
    return Optional.empty();
  }

  /** Whether the token ends what comes before a clause: nothing, a comma or an opening quote. */
  private static boolean opensClause(SentenceView view, int token, int bound) {
    if (token < bound || token < view.first()) {
      return true;
    }
    String word = view.lower(token);
    return word.equals(",") || word.equals("``") || word.equals("\"") || word.equals("“");
  }
}
