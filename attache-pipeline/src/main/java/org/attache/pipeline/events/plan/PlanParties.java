package org.attache.pipeline.events.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Event;
import org.attache.model.Meeting;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.events.parties.Collectives;
import org.attache.pipeline.events.parties.Parties;
import org.attache.pipeline.events.parties.SentenceView;
import org.attache.pipeline.events.parties.TokenPhrases;

/** The parties of a plan told in a sentence, when no agreement it falls under gives them. */
final class PlanParties {
  private final KnowledgeBase knowledge;
  private final Collectives collectives = new Collectives();

  PlanParties(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  /**
   * The parties of a plan with no framework: the actors of its title (for a series, with those of
   * its sentence), else a collective subject's sides, else the actors of the sentence, else the
   * sides of the story.
   */
  List<String> of(
      Analysis analysis,
      ToldBefore told,
      SentenceView view,
      TokenPhrases.Found<String> noun,
      SortedMap<String, String> provenance) {
    ActorTable actors = analysis.actorTable();
    int titleEnd = ExtractPlans.titleEnd(view, noun.lastToken());
    List<String> parties =
        Parties.of(actors, ids(view.referencesBetween(noun.firstToken(), titleEnd)));
    if (!parties.isEmpty() && noun.value().equals("series")) {
      List<String> all = new ArrayList<>(parties);
      all.addAll(ids(view.sides()));
      provenance.put("parties", "actors in the title of the series, then those of its sentence");
      return Parties.of(actors, all);
    }
    if (!parties.isEmpty()) {
      provenance.put("parties", "actors in the plan's title");
      return parties;
    }
    Optional<Collectives.Subject> collective =
        collectives.firstStates(view, told.meetings, actors, knowledge);
    if (collective.isPresent()) {
      provenance.put("parties", "collective subject '" + collective.get().subject().words() + "'");
      return Parties.of(actors, collective.get().actors());
    }
    parties = Parties.of(actors, ids(view.sides()));
    if (!parties.isEmpty()) {
      provenance.put("parties", "actors of the sentence");
      return parties;
    }
    return storyParties(analysis, told, provenance);
  }

  /**
   * The sides of the story, for a plan told in a sentence that names none ("The Joint Action
   * Programme was also discussed"): the sides of the first meeting told, else the states and
   * organisations of the first sentence (the title). Found once per document.
   */
  private static List<String> storyParties(
      Analysis analysis, ToldBefore told, SortedMap<String, String> provenance) {
    if (told.story == null) {
      told.story = story(analysis);
    }
    if (!told.story.sides().isEmpty()) {
      provenance.put("parties", told.story.note());
    }
    return told.story.sides();
  }

  record Story(List<String> sides, String note) {}

  private static Story story(Analysis analysis) {
    ActorTable actors = analysis.actorTable();
    for (Event event : analysis.events()) {
      if (event instanceof Meeting meeting) {
        List<String> sides =
            Parties.of(actors, meeting.participants().stream().map(p -> p.actor()).toList());
        if (sides.size() > 1) {
          return new Story(sides, "the sides of the meeting told");
        }
      }
    }
    List<Sentence> sentences = analysis.annotatedText().sentences();
    if (!sentences.isEmpty()) {
      SentenceView first = new SentenceView(analysis.text(), sentences.get(0), actors);
      List<String> sides = Parties.of(actors, ids(first.sidesBetween(first.first(), first.last())));
      if (sides.size() > 1) {
        return new Story(sides, "the sides named in the first sentence");
      }
    }
    return new Story(List.of(), "");
  }

  /** The distinct actors of the references, in order. */
  static List<String> ids(List<Reference> references) {
    Set<String> ids = new LinkedHashSet<>();
    references.forEach(r -> ids.add(r.actor()));
    return new ArrayList<>(ids);
  }
}
