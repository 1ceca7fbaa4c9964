package org.attache.pipeline.lang.zh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.attache.knowledge.ChineseLexicon;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Actor;
import org.attache.model.Agreement;
import org.attache.model.Event;
import org.attache.model.Meeting;
import org.attache.model.Plan;
import org.attache.model.Post;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;

/**
 * The events of a Chinese text: meetings, agreements and plans, and statements, each found by its
 * own construction, kept only where the text tells of diplomacy: a meeting, or a person who serves
 * a state other than China or an international organisation, or an envoy, or an agreement or plan
 * with a party other than China.
 */
final class ChineseEvents extends DeclaredStage {
  private final KnowledgeBase knowledge;
  private final ChineseLexicon lexicon;

  ChineseEvents(KnowledgeBase knowledge, ChineseLexicon lexicon) {
    super(
        "zh-events",
        EnumSet.of(Layer.SENTENCES, Layer.ACTORS),
        EnumSet.of(
            Layer.MEETINGS,
            Layer.AFFILIATIONS,
            Layer.HOSTS,
            Layer.AGREEMENTS,
            Layer.PLANS,
            Layer.STATEMENTS,
            Layer.PRIORITIES,
            Layer.ESTABLISHMENTS,
            Layer.DIPLOMATIC));
    this.knowledge = knowledge;
    this.lexicon = lexicon;
  }

  @Override
  public Analysis apply(Analysis analysis) {
    Reading reading = new Reading(analysis.annotatedText(), lexicon);
    ActorTable actors = analysis.actorTable();
    Optional<LocalDate> published = analysis.document().published();
    List<Meeting> meetings = ChineseMeetings.find(reading, actors, knowledge, published);
    List<Event> events = new ArrayList<>(meetings);
    List<Event> instruments = ChineseAgreements.find(reading, actors, published);
    events.addAll(instruments);
    events.addAll(ChineseStatements.find(reading, actors, meetings, published));
    boolean told = !meetings.isEmpty() || diplomatic(actors) || foreignParty(instruments, actors);
    return analysis
        .withEvents(Layer.DIPLOMATIC, told ? events : List.of())
        .withEvents(Layer.MEETINGS, List.of())
        .withEvents(Layer.AFFILIATIONS, List.of())
        .withEvents(Layer.HOSTS, List.of())
        .withEvents(Layer.AGREEMENTS, List.of())
        .withEvents(Layer.PLANS, List.of())
        .withEvents(Layer.STATEMENTS, List.of())
        .withEvents(Layer.PRIORITIES, List.of())
        .withEvents(Layer.ESTABLISHMENTS, List.of());
  }

  /** Whether an agreement or plan has a party other than China: a state or an organisation. */
  private static boolean foreignParty(List<Event> instruments, ActorTable actors) {
    for (Event event : instruments) {
      List<String> parties =
          event instanceof Agreement agreement
              ? agreement.parties()
              : event instanceof Plan plan ? plan.parties() : List.of();
      for (String party : parties) {
        if (!actors.code(party).orElse("CHN").equals("CHN")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether someone in the text serves another state than China, or an organisation, or is an
   * envoy.
   */
  private static boolean diplomatic(ActorTable actors) {
    for (Actor actor : actors.actors()) {
      for (Post post : actor.posts()) {
        Optional<String> of = post.of().flatMap(actors::code);
        if (post.to().isPresent() || of.isPresent() && !of.get().equals("CHN")) {
          return true;
        }
      }
    }
    return false;
  }
}
