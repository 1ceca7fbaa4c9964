package org.attache.pipeline.lang.ru;

import java.util.List;
import org.attache.knowledge.KnowledgeBase;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Stage;

/** The stages that read a Russian document, in order. */
public final class RussianAnalysis {
  private RussianAnalysis() {}

  public static List<Stage> stages(KnowledgeBase knowledge) {
    RussianLexicon lexicon = RussianLexicon.standard();
    return List.of(
        new Annotate(),
        new RussianActors(knowledge, lexicon),
        new RussianMeetings(knowledge, lexicon),
        new RussianStatements(),
        new RussianAgreements());
  }

  /** Sentences, tokens and lemmas of a Russian text ({@link RussianText}). */
  static final class Annotate extends DeclaredStage {
    Annotate() {
      super("ru.annotate", java.util.Set.of(), java.util.Set.of(Layer.SENTENCES));
    }

    @Override
    public Analysis apply(Analysis analysis) {
      return analysis.withAnnotated(RussianText.annotate(analysis.text()));
    }
  }
}
