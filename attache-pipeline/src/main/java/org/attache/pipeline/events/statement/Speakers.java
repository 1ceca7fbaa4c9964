package org.attache.pipeline.events.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.knowledge.KnowledgeBase;
import org.attache.pipeline.actors.ActorTable;
import org.attache.pipeline.actors.Reference;
import org.attache.pipeline.events.parties.Collectives;
import org.attache.pipeline.events.parties.MeetingsTold;
import org.attache.pipeline.events.parties.SentenceView;

/**
 * Finds who performs an act of speech: the subject before its verb, read in this order.
 *
 * <ol>
 *   <li>a verb joined to the act before it ("congratulated him ... and thanked him") shares its
 *       speakers ({@code coordinate});
 *   <li>"he" or "she" is the last person who spoke, else the last person named ({@code pronoun});
 *   <li>"I" or "we" outside a quotation is the person whose remarks, speech or statement the
 *       document is, as its title says ({@code author}); inside one, the quoted speaker;
 *   <li>a collective subject ("the two sides", "both countries", "they") is every side of the
 *       meeting told of ({@code collective});
 *   <li>the nearest actor before the verb, with those joined to it by "and" ("India and Brunei
 *       resolved"), passing over appositions ("X, Ambassador of A to B, noted") ({@code subject});
 *   <li>a reporting verb followed by its subject at the end of the sentence ("..., said Lavrov")
 *       ({@code subject-after}).
 * </ol>
 */
final class Speakers {
  /**
   * The speakers of an act and the construction that found them.
   *
   * @param ids the speakers' actor ids
   * @param rule the construction
   * @param subjectToken the first token of the subject, or -1 where there is none in the sentence
   */
  record Found(List<String> ids, String rule, int subjectToken) {
    Found {
      ids = List.copyOf(ids);
    }
  }

  /** The rule of an act in the first person inside a quotation: part of the act that opened it. */
  static final String QUOTED = "quoted";

  /** The rule of an act in the first person in a text whose title names its speaker. */
  static final String AUTHOR = "author";

  private final StatementWords words;
  private final Collectives collectives;
  private final KnowledgeBase knowledge;

  Speakers(StatementWords words, Collectives collectives, KnowledgeBase knowledge) {
    this.words = words;
    this.collectives = collectives;
    this.knowledge = knowledge;
  }

  /**
   * @param previous the act before in the same sentence, if any, with its speakers
   * @param lastPerson the last person who spoke in the document, if any
   * @param author the person whose speech the document is, when its title says so
   */
  Optional<Found> of(
      SentenceView view,
      Act act,
      Optional<Act> previousAct,
      Optional<Found> previous,
      Optional<String> lastPerson,
      Optional<String> author,
      MeetingsTold meetings,
      ActorTable actors) {
    int bound = previousAct.map(a -> a.lastToken() + 1).orElse(view.first());
    int j = act.firstToken() - 1;
    while (j >= bound && skippable(view, j)) {
      j--;
    }
    String word = view.lower(j);
    if (j >= bound && words.is(word, StatementWords.Role.COORDINATOR)) {
      if (previous.isPresent()) {
        return Optional.of(new Found(previous.get().ids(), "coordinate", -1));
      }
      Optional<Reference> main = mainSubject(view, j);
      if (main.isPresent()) {
        return Optional.of(subject(view, main.get()));
      }
    }
    if (j >= bound && words.is(word, StatementWords.Role.FIRST_PERSON)) {
      if (previous.isPresent()) {
        return previous.map(p -> new Found(p.ids(), QUOTED, -1));
      }
      int pronoun = j;
      return word.equals("i") || word.equals("we")
          ? author.map(id -> new Found(List.of(id), AUTHOR, pronoun))
          : Optional.empty();
    }
    if (j >= bound && words.is(word, StatementWords.Role.PERSON)) {
      int pronoun = j;
      return lastPerson.map(id -> new Found(List.of(id), "pronoun", pronoun));
    }
    if (j >= bound) {
      Optional<Collectives.Found> collective = collectives.endingAt(view, j);
      if (collective.isPresent()) {
        List<String> sides =
            Collectives.sides(collective.get().kind(), view, meetings, actors, knowledge);
        return sides.isEmpty()
            ? Optional.empty()
            : Optional.of(
                new Found(
                    sides,
                    "collective:" + collective.get().words(),
                    collective.get().firstToken()));
      }
    }
    for (int i = j; i >= bound; i--) {
      if (words.is(view.lower(i), StatementWords.Role.EMBEDDING) || view.lower(i).equals(";")) {
        break;
      }
      Optional<Reference> reference = view.sideEndingAt(i);
      if (reference.isPresent()) {
        return Optional.of(subject(view, reference.get()));
      }
    }
    if (previous.isPresent() && previousAct.isPresent()) {
      return Optional.of(new Found(previous.get().ids(), "coordinate", -1));
    }
    Optional<Reference> after = view.sideAt(act.lastToken() + 1);
    if (after.isPresent() && endsSentence(view, after.get().lastToken() + 1)) {
      return Optional.of(
          new Found(List.of(after.get().actor()), "subject-after", after.get().firstToken()));
    }
    return Optional.empty();
  }

  /**
   * The subject of the sentence's first finite verb before the token: the nearest actor before it
   * ("During his visit to China, Minister Hayashi held talks ... and shared the view").
   */
  private static Optional<Reference> mainSubject(SentenceView view, int before) {
    for (int v = view.first(); v < before; v++) {
      String pos = view.pos(v);
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
        for (int i = v - 1; i >= view.first(); i--) {
          Optional<Reference> reference = view.sideEndingAt(i);
          if (reference.isPresent()) {
            return reference;
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The subject ending in the reference, with the actors joined to it by "and" or commas. */
  private static Found subject(SentenceView view, Reference last) {
    List<String> ids = new ArrayList<>();
    ids.add(last.actor());
    int first = last.firstToken();
    Reference current = last;
    while (true) {
      String joint = view.lower(current.firstToken() - 1);
      if (!joint.equals("and") && !joint.equals(",")) {
        break;
      }
      Optional<Reference> before = view.sideEndingAt(current.firstToken() - 2);
      if (before.isEmpty() || (!joint.equals("and") && !hasAndBetween(view, before.get(), last))) {
        break;
      }
      ids.add(0, before.get().actor());
      first = before.get().firstToken();
      current = before.get();
    }
    List<String> distinct = ids.stream().distinct().toList();
    return new Found(distinct, distinct.size() > 1 ? "subject.joined" : "subject", first);
  }

  private static boolean hasAndBetween(SentenceView view, Reference from, Reference to) {
    for (int i = from.lastToken() + 1; i < to.firstToken(); i++) {
      if (view.lower(i).equals("and")) {
        return true;
      }
    }
    return false;
  }

  private boolean skippable(SentenceView view, int token) {
    String pos = view.pos(token);
    return pos.equals("RB")
        || pos.equals("MD")
        || words.is(view.lower(token), StatementWords.Role.SKIP);
  }

  private static boolean endsSentence(SentenceView view, int token) {
    if (!view.inside(token)) {
      return true;
    }
    String word = view.lower(token);
    return word.equals(".") || word.equals("''") || word.equals("\"") || word.equals("!");
  }
}
