package org.attache.pipeline.events.statement;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.attache.knowledge.KnowledgeBase;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.events.parties.Collectives;
import org.attache.pipeline.events.parties.MeetingsTold;
import org.attache.pipeline.events.parties.SentenceView;

/**
 * Finds who performs an act of speech: the subject before its verb, read in this order.
 *
 * <ol>
 *   <li>an act told in the passive is the act of its agent ({@link PassiveAgent}: "assessed
 *       positively by the participants");
 *   <li>a finite verb after a comma that goes on a series of predicates of the act before it
 *       ("spoke highly of A, expressed appreciation of B and thanked C") shares its speakers
 *       ({@link PredicateSeries});
 *   <li>a verb joined to the act before it ("congratulated him ... and thanked him") shares its
 *       speakers ({@code coordinate}); with no act before, it has the subject of the sentence's
 *       first verb, a collective one included ("the two leaders held talks and agreed");
 *   <li>"he" or "she" is the last person who spoke, else the last person named ({@code pronoun});
 *   <li>"I" or "we" outside a quotation is the person whose remarks, speech or statement the
 *       document is, as its title says ({@code author}); inside one, the quoted speaker;
 *   <li>a collective subject ("the two sides", "both countries", "they") is every side of the
 *       meeting told of ({@code collective});
 *   <li>a post title alone ("the Secretary-General") is its one holder named in the document, else
 *       the organisation ({@link UnnamedOfficials});
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

  /** The rule of an act of an official told only by the post ("the Secretary-General"). */
  static final String UNNAMED_OFFICIAL = "subject.unnamed-official";

  /** The rule of an act in the first person in a text whose title names its speaker. */
  static final String AUTHOR = "author";

  private final StatementWords words;
  private final JointSubjects joint;
  private final SideSpeakers sides;
  private final KnowledgeBase knowledge;

  Speakers(StatementWords words, Collectives collectives, KnowledgeBase knowledge) {
    this.words = words;
    this.joint = new JointSubjects(collectives);
    this.sides = new SideSpeakers(words, joint, knowledge);
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
      UnnamedOfficials officials,
      MeetingsTold meetings,
      ActorTable actors,
      List<String> titleSides) {
    int bound = previousAct.map(a -> a.lastToken() + 1).orElse(view.first());
    OptionalInt agent = PassiveAgent.agent(view, act);
    if (agent.isPresent()) {
      return sides.ofAgent(view, agent.getAsInt(), meetings, actors, titleSides);
    }
    if (view.pos(act.firstToken()).equals("VBG")
        && view.sideEndingAt(act.firstToken() - 1).isEmpty()) {
      return participle(view, act, previous, meetings, actors, titleSides);
    }
    int j = act.firstToken() - 1;
    while (j >= bound) {
      if (skippable(view, j)) {
        j--;
      } else if (forOnesPart(view, j)) {
        j -= 3;
      } else {
        break;
      }
    }
    String word = view.lower(j);
    if (previous.isPresent() && PredicateSeries.continues(view, j, act, bound)) {
      return Optional.of(new Found(previous.get().ids(), "coordinate.series", -1));
    }
    if (j >= bound && words.is(word, StatementWords.Role.COORDINATOR)) {
      if (previous.isPresent()) {
        return Optional.of(new Found(previous.get().ids(), "coordinate", -1));
      }
      Optional<Found> joined = sides.ofFirstVerb(view, j, meetings, actors, titleSides);
      if (joined.isPresent()) {
        return joined;
      }
      Optional<Reference> main = JoinedSubject.main(view, j);
      if (main.isPresent()) {
        return Optional.of(JoinedSubject.of(view, main.get()));
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
    Optional<Collectives.Found> collective = joint.endingAt(view, j, act.firstToken(), bound);
    if (collective.isPresent()) {
      return sides.of(view, collective.get(), meetings, actors, titleSides);
    }
    Optional<String> official = officials.endingAt(view, j);
    if (official.isPresent()) {
      return Optional.of(new Found(List.of(official.get()), UNNAMED_OFFICIAL, j));
    }
    if (unknownHead(view, j)) {
      return bodyOf(view, j, bound, meetings, actors);
    }
    Optional<Reference> subject = nearestSubject(view, j, bound, infinitive(view, act));
    if (subject.isPresent()) {
      Optional<String> head = officials.headFor(subject.get());
      if (head.isPresent()) {
        return Optional.of(
            new Found(List.of(head.get()), UNNAMED_OFFICIAL, subject.get().firstToken()));
      }
      return Optional.of(JoinedSubject.of(view, subject.get()));
    }
    if (previous.isPresent() && previousAct.isPresent()) {
      return Optional.of(new Found(previous.get().ids(), "coordinate", -1));
    }
    int next = act.lastToken() + 1;
    while (words.is(view.lower(next), StatementWords.Role.HONORIFIC)) {
      next++;
    }
    Optional<Reference> after = view.sideAt(next);
    if (after.isPresent() && endsSentence(view, after.get().lastToken() + 1)) {
      return Optional.of(
          new Found(List.of(after.get().actor()), "subject-after", after.get().firstToken()));
    }
    return Optional.empty();
  }

  /** "for their part", "on his part": words between a subject and its verb that say nothing. */
  private static boolean forOnesPart(SentenceView view, int token) {
    String before = view.lower(token - 2);
    return view.lower(token).equals("part")
        && view.pos(token - 1).equals("PRP$")
        && (before.equals("for") || before.equals("on"));
  }

  /**
   * The speakers of a participle that is an act of its own: after a comma it shares the speakers of
   * the act before it, or else of the sentence's first verb ("X met Y, stressing that ...");
   * opening the sentence, it is the act of the subject of the clause that follows ("Noting the
   * progress, the minister called for ...").
   */
  private Optional<Found> participle(
      SentenceView view,
      Act act,
      Optional<Found> previous,
      MeetingsTold meetings,
      ActorTable actors,
      List<String> titleSides) {
    if (view.lower(act.firstToken() - 1).equals(",")) {
      if (previous.isPresent()) {
        return Optional.of(new Found(previous.get().ids(), "coordinate.participle", -1));
      }
      Optional<Reference> main = JoinedSubject.main(view, act.firstToken());
      if (main.isPresent()) {
        Found found = JoinedSubject.of(view, main.get());
        return Optional.of(new Found(found.ids(), "subject.participle", -1));
      }
      return Optional.empty();
    }
    int comma = act.lastToken() + 1;
    while (view.inside(comma) && !view.lower(comma).equals(",")) {
      comma++;
    }
    for (int verb = comma + 1; verb <= view.last(); verb++) {
      if (!finite(view, verb)) {
        continue;
      }
      int j = verb - 1;
      while (j > comma && skippable(view, j)) {
        j--;
      }
      Optional<Reference> reference = view.sideEndingAt(j);
      if (reference.isPresent() && reference.get().firstToken() > comma) {
        Found found = JoinedSubject.of(view, reference.get());
        return Optional.of(new Found(found.ids(), "subject.participle", -1));
      }
      Optional<Collectives.Found> collective = joint.endingAt(view, j, verb, comma + 1);
      if (collective.isPresent()) {
        return sides.of(view, collective.get(), meetings, actors, titleSides);
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The nearest actor before the verb that can be its subject, walking back from the token: an
   * actor after a preposition other than "of" only qualifies a noun before it ("Authorities in the
   * Philippines said"), and the walk passes over it; a finite verb ends the walk, as the subject of
   * another clause lies behind it, unless it stands in a relative clause that opens after a comma
   * ("Minister X, who arrived on Monday, said").
   */
  private Optional<Reference> nearestSubject(
      SentenceView view, int from, int bound, boolean infinitive) {
    int governing = infinitive ? 1 : 0;
    for (int i = from; i >= bound; i--) {
      if (words.is(view.lower(i), StatementWords.Role.EMBEDDING)
          || view.lower(i).equals(";")
          || closesQuotation(view, i)) {
        return Optional.empty();
      }
      Optional<Reference> reference = view.sideEndingAt(i);
      if (reference.isPresent()) {
        if (!afterPreposition(view, reference.get())) {
          return reference;
        }
        i = reference.get().firstToken();
        continue;
      }
      if (finite(view, i)) {
        if (governing-- > 0) {
          continue;
        }
        int opening = relativeOpening(view, i, bound);
        if (opening < 0) {
          return Optional.empty();
        }
        i = opening;
      }
    }
    return Optional.empty();
  }

  /**
   * The speaker of a subject whose head noun names no actor: the state or organisation that
   * qualifies it ("the Russian Foreign Ministry said" is Russia), or, for a noun that stands for a
   * person or a side ({@code side-noun}: "the Turkmen side", "the Uzbek diplomat"), the one person
   * of that state who takes part in the meeting told of. A head with no such qualifier is someone
   * the text does not name ("Trend reports", "the agency said"): no speaker.
   */
  private Optional<Found> bodyOf(
      SentenceView view, int head, int bound, MeetingsTold meetings, ActorTable actors) {
    for (int i = head - 1; i >= bound; i--) {
      String pos = view.pos(i);
      Optional<Reference> reference = view.sideEndingAt(i);
      if (reference.isPresent()) {
        String side = reference.get().actor();
        if (words.is(view.lower(head), StatementWords.Role.SIDE_NOUN)) {
          List<String> members =
              Collectives.sides(Collectives.Kind.SIDES, view, meetings, actors, knowledge).stream()
                  .filter(id -> actors.isPerson(id))
                  .filter(id -> actors.affiliation(id).equals(actors.code(side)))
                  .toList();
          if (members.size() == 1) {
            return Optional.of(new Found(members, "subject.side-member", i));
          }
          if (actors.isPerson(side)) {
            return Optional.empty();
          }
        }
        return Optional.of(new Found(List.of(side), "subject.body-of", i));
      }
      if (!(pos.startsWith("NN")
          || pos.startsWith("JJ")
          || pos.equals("POS")
          || pos.equals("HYPH"))) {
        break;
      }
    }
    return Optional.empty();
  }

  /** Whether the act is an infinitive whose subject is that of the verb governing it. */
  private static boolean infinitive(SentenceView view, Act act) {
    return view.pos(act.firstToken()).equals("VB") && view.lower(act.firstToken() - 1).equals("to");
  }

  /**
   * Whether the word right before the verb is a noun that stands for no actor: the subject is
   * someone the text does not name ("Trend reports", "the agency said").
   */
  private static boolean unknownHead(SentenceView view, int token) {
    return view.inside(token) && view.pos(token).startsWith("NN") && !view.inReference(token);
  }

  private boolean afterPreposition(SentenceView view, Reference reference) {
    int before = reference.firstToken() - 1;
    String pos = view.pos(before);
    String word = view.lower(before);
    return (pos.equals("IN") || pos.equals("TO"))
        && !word.equals("of")
        && !words.is(word, StatementWords.Role.EMBEDDING)
        && !words.is(word, StatementWords.Role.SUBORDINATOR);
  }

  static boolean finite(SentenceView view, int token) {
    String pos = view.pos(token);
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  /**
   * The comma that opens the relative clause the verb stands in ("..., who arrived"), or -1 when
   * the verb is in no such clause.
   */
  private int relativeOpening(SentenceView view, int verb, int bound) {
    for (int i = verb - 1; i > bound; i--) {
      String word = view.lower(i);
      if (word.equals(",")) {
        return -1;
      }
      if (words.is(word, StatementWords.Role.RELATIVE) && view.lower(i - 1).equals(",")) {
        return i - 1;
      }
    }
    return -1;
  }

  private boolean skippable(SentenceView view, int token) {
    return skippable(words, view, token);
  }

  /** Whether the token stands between a subject and its verb without saying who acts. */
  static boolean skippable(StatementWords words, SentenceView view, int token) {
    String pos = view.pos(token);
    return pos.equals("RB")
        || pos.equals("MD")
        || words.is(view.lower(token), StatementWords.Role.SKIP);
  }

  /**
   * Whether the token closes a quotation: what was quoted before a verb of speech ("“... the US,”
   * said Retno") holds no subject of that verb.
   */
  private static boolean closesQuotation(SentenceView view, int token) {
    String word = view.lower(token);
    return word.equals("''") || word.equals("”") || word.equals("»");
  }

  private static boolean endsSentence(SentenceView view, int token) {
    if (!view.inside(token)) {
      return true;
    }
    String word = view.lower(token);
    return word.equals(".") || word.equals("''") || word.equals("\"") || word.equals("!");
  }
}
