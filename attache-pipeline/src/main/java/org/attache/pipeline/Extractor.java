package org.attache.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.DocumentInfo;
import org.attache.model.DocumentRecord;
import org.attache.model.Event;
import org.attache.model.Post;
import org.attache.pipeline.actors.ResolveActors;
import org.attache.pipeline.actors.StoryPosts;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.PipelineListener;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Stage;
import org.attache.pipeline.analysis.TextNormaliser;
import org.attache.pipeline.codes.AssignCodes;
import org.attache.pipeline.events.DiplomaticContact;
import org.attache.pipeline.events.agreement.ExtractAgreements;
import org.attache.pipeline.events.establishment.ExtractEstablishments;
import org.attache.pipeline.events.meeting.ExtractMeetings;
import org.attache.pipeline.events.meeting.InferAffiliations;
import org.attache.pipeline.events.meeting.SettleMeetings;
import org.attache.pipeline.events.plan.ExtractPlans;
import org.attache.pipeline.events.priorities.ExtractPriorities;
import org.attache.pipeline.events.statement.ExtractStatements;
import org.attache.pipeline.lang.LanguageIdentifier;
import org.attache.pipeline.lang.ru.RussianAnalysis;
import org.attache.pipeline.lang.zh.ChineseExtraction;
import org.attache.pipeline.mentions.FindMentions;
import org.attache.pipeline.nlp.Annotate;
import org.attache.pipeline.nlp.Annotator;
import org.attache.pipeline.nlp.corenlp.CoreNlpAnnotator;
import org.attache.pipeline.read.SourceDocument;
import org.attache.pipeline.triage.SelectSentences;
import org.attache.pipeline.triage.Triage;
import org.attache.pipeline.version.ExtractorVersion;

/**
 * The extractor: a pure function from a document to its record. Composes the stages in one place
 * and assembles their result into a {@link DocumentRecord}. Thread-safe.
 */
public final class Extractor {
  /**
   * The version written into stored assertions, so that re-extraction can tell old from new: the
   * release and a digest of the sources that decide what the extractor finds ({@link
   * ExtractorVersion}), such as {@code 0.1.0+3f9a0c2e71b4}.
   */
  public static final String VERSION = ExtractorVersion.current();

  private final Pipeline pipeline;
  private final LanguageDispatch dispatch;

  /** An extractor that reads English through {@code pipeline} and the other languages it reads. */
  public Extractor(Pipeline pipeline) {
    this(pipeline, standardLanguages(pipeline, KnowledgeBase::standard));
  }

  private Extractor(Pipeline pipeline, LanguageDispatch dispatch) {
    this.pipeline = requireNonNull(pipeline, "pipeline is null");
    this.dispatch = requireNonNull(dispatch, "dispatch is null");
  }

  /**
   * English through {@code english}; the other languages Attaché reads through their own analyses,
   * each built from {@code knowledge} when its first document arrives.
   */
  static LanguageDispatch standardLanguages(Pipeline english, Supplier<KnowledgeBase> knowledge) {
    return LanguageDispatch.english(english)
        .with("ru", () -> new Pipeline(RussianAnalysis.stages(knowledge.get())))
        .with("zh", () -> chinesePipeline(knowledge.get()));
  }

  /** The same extractor with English read through {@code english}: other languages unchanged. */
  public Extractor withEnglish(Pipeline english) {
    return new Extractor(english, dispatch.with("en", () -> english).with("und", () -> english));
  }

  /** The standard extractor: CoreNLP and the bundled knowledge base, every document analysed. */
  public static Extractor standard() {
    return new Extractor(standardPipeline(CoreNlpAnnotator.shared(), KnowledgeBase.standard()));
  }

  /**
   * The standard extractor with {@link SelectSentences triage} as its first stage: only documents
   * that can hold a record analysed, and only the sentences that can hold one.
   */
  public static Extractor standardWithTriage() {
    KnowledgeBase knowledge = KnowledgeBase.standard();
    List<Stage> stages = new ArrayList<>();
    stages.add(new SelectSentences(new Triage(knowledge)));
    stages.addAll(standardPipeline(CoreNlpAnnotator.shared(), knowledge).stages());
    return new Extractor(new Pipeline(stages));
  }

  public static Pipeline standardPipeline(Annotator annotator, KnowledgeBase knowledge) {
    return new Pipeline(
        List.of(
            new Annotate(annotator),
            new FindMentions(knowledge),
            new ResolveActors(knowledge),
            new ExtractMeetings(knowledge),
            new InferAffiliations(knowledge),
            new StoryPosts(knowledge),
            new SettleMeetings(knowledge),
            new ExtractAgreements(knowledge),
            new ExtractPlans(knowledge),
            new ExtractStatements(knowledge),
            new ExtractPriorities(knowledge),
            new ExtractEstablishments(),
            new DiplomaticContact(knowledge),
            new AssignCodes()));
  }

  /** The pipeline that reads English. */
  public Pipeline pipeline() {
    return pipeline;
  }

  /** Which pipeline reads which language. */
  public LanguageDispatch languages() {
    return dispatch;
  }

  public DocumentRecord extract(SourceDocument document) {
    return assemble(analyse(document, PipelineListener.NONE));
  }

  public DocumentRecord extract(SourceDocument document, PipelineListener listener) {
    return assemble(analyse(document, listener));
  }

  /**
   * Tells the document's language, runs the stages of that language's pipeline and returns
   * everything they found, for {@code explain} and tests.
   */
  public Analysis analyse(SourceDocument document, PipelineListener listener) {
    String text = TextNormaliser.normalise(document.text());
    String language = LanguageIdentifier.identify(text);
    return dispatch.pipelineFor(language).run(Analysis.of(document, text, language), listener);
  }

  /** The stages for Chinese texts: the Chinese constructions, then the codes of the events. */
  public static Pipeline chinesePipeline(KnowledgeBase knowledge) {
    List<Stage> stages = new ArrayList<>(ChineseExtraction.stages(knowledge));
    stages.add(new AssignCodes());
    return new Pipeline(stages);
  }

  /**
   * Builds the record: events in order of their first evidence, numbered e1, e2, ...; people kept
   * where they hold a post, held one (a past post), or take part in an event; actors renumbered a1,
   * a2, ... in order.
   */
  public static DocumentRecord assemble(Analysis analysis) {
    List<Event> events = new ArrayList<>(analysis.events());
    events.sort(
        Comparator.comparing(
            (Event e) -> e.evidence().isEmpty() ? Integer.MAX_VALUE : e.evidence().get(0).start()));
    Set<String> used = new HashSet<>();
    for (Event event : events) {
      used.addAll(EventActors.of(event));
    }
    // People named with a post held before or after the report ("former president X") are the
    // story's people too, with no post.
    for (Reference reference : analysis.actorsIfAny().map(t -> t.references()).orElse(List.of())) {
      if (reference.rule().equals(ResolveActors.PAST_POST)) {
        used.add(reference.actor());
      }
    }
    List<Actor> kept = new ArrayList<>();
    for (Actor actor : analysis.actorsIfAny().map(t -> t.actors()).orElse(List.of())) {
      boolean keep =
          actor.kind() != ActorKind.PERSON || !actor.posts().isEmpty() || used.contains(actor.id());
      if (keep) {
        kept.add(actor);
        for (Post post : actor.posts()) {
          post.of().ifPresent(used::add);
          post.to().ifPresent(used::add);
        }
      }
    }
    Map<String, String> ids = new HashMap<>();
    List<Actor> actors = new ArrayList<>();
    for (Actor actor : kept) {
      boolean keep =
          actor.kind() == ActorKind.PERSON
              || !actor.mentions().isEmpty()
              || used.contains(actor.id());
      if (keep) {
        ids.put(actor.id(), "a" + (ids.size() + 1));
      }
    }
    for (Actor actor : kept) {
      if (ids.containsKey(actor.id())) {
        actors.add(renumber(actor, ids));
      }
    }
    Map<String, String> eventIds = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      eventIds.put(events.get(i).id(), "e" + (i + 1));
    }
    List<Event> numbered = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      numbered.add(
          EventActors.withFramework(
              EventActors.renumber(events.get(i), "e" + (i + 1), ids), eventIds));
    }
    SourceDocument document = analysis.document();
    DocumentInfo info =
        new DocumentInfo(
            document.id(),
            document.title(),
            document.published().map(Object::toString),
            document.source(),
            analysis.language(),
            !numbered.isEmpty());
    return new DocumentRecord(info, actors, numbered);
  }

  private static Actor renumber(Actor actor, Map<String, String> ids) {
    List<Post> posts = new ArrayList<>();
    for (Post post : actor.posts()) {
      posts.add(new Post(post.title(), post.of().map(ids::get), post.to().map(ids::get)));
    }
    return actor.renumbered(ids.get(actor.id()), posts);
  }
}
