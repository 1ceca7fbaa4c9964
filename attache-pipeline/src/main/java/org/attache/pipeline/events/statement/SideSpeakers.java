package org.attache.pipeline.events.statement;

import java.util.List;
import java.util.Optional;
import org.attache.knowledge.KnowledgeBase;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.events.parties.Collectives;
import org.attache.pipeline.events.parties.MeetingsTold;
import org.attache.pipeline.events.parties.SentenceView;

/**
 * The speakers of subjects that stand for the sides of the story: a collective subject ("the two
 * sides"), the collective subject of the sentence's first verb for a verb joined to it, and the
 * agent of an act told in the passive.
 */
final class SideSpeakers {
  /** How many words after "by" an agent may end: "by the two sides". */
  private static final int AGENT_REACH = 3;

  private final StatementWords words;
  private final JointSubjects joint;
  private final KnowledgeBase knowledge;

  SideSpeakers(StatementWords words, JointSubjects joint, KnowledgeBase knowledge) {
    this.words = words;
    this.joint = joint;
    this.knowledge = knowledge;
  }

  /**
   * The sides a collective subject stands for: those of the meeting told of, else, in a text that
   * tells no meeting, the sides its title names ("SCO and CICA sign a memorandum ... The parties
   * confirmed readiness").
   */
  Optional<Speakers.Found> of(
      SentenceView view,
      Collectives.Found collective,
      MeetingsTold meetings,
      ActorTable actors,
      List<String> titleSides) {
    List<String> sides = Collectives.sides(collective.kind(), view, meetings, actors, knowledge);
    if (sides.isEmpty() && meetings.first().isEmpty() && !titleSides.isEmpty()) {
      return Optional.of(
          new Speakers.Found(
              titleSides, "collective.title:" + collective.words(), collective.firstToken()));
    }
    return sides.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new Speakers.Found(sides, "collective:" + collective.words(), collective.firstToken()));
  }

  /**
   * The sides a collective subject of the sentence's first verb stands for, where a verb joined to
   * that one is the act ("the two leaders held talks and agreed that ..."; the tagger may read the
   * first verb as a participle).
   */
  Optional<Speakers.Found> ofFirstVerb(
      SentenceView view,
      int before,
      MeetingsTold meetings,
      ActorTable actors,
      List<String> titleSides) {
    for (int verb = view.first(); verb < before; verb++) {
      if (Speakers.finite(view, verb) || view.pos(verb).equals("VBN")) {
        int j = verb - 1;
        while (j >= view.first() && Speakers.skippable(words, view, j)) {
          j--;
        }
        return joint
            .endingAt(view, j, verb, view.first())
            .flatMap(found -> of(view, found, meetings, actors, titleSides));
      }
    }
    return Optional.empty();
  }

  /**
   * The speakers an agent after "by" names: an actor, or a collective ("by the participants"); none
   * where the agent is no actor ("by experts").
   */
  Optional<Speakers.Found> ofAgent(
      SentenceView view,
      int start,
      MeetingsTold meetings,
      ActorTable actors,
      List<String> titleSides) {
    for (int k = start; k <= Math.min(view.last(), start + AGENT_REACH); k++) {
      Optional<Reference> reference = view.sideAt(k);
      if (reference.isPresent()) {
        return Optional.of(
            new Speakers.Found(List.of(reference.get().actor()), "passive-agent", k));
      }
      Optional<Collectives.Found> collective = joint.endingAt(view, k, k + 1, start);
      if (collective.isPresent()) {
        return of(view, collective.get(), meetings, actors, titleSides);
      }
    }
    return Optional.empty();
  }
}
