package org.attache.pipeline.nlp;

import java.util.EnumSet;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.WordLists;

/**
 * Splits the text into sentences and tags its tokens with the given annotator, then joins sentences
 * cut after a form of address ("H.E.").
 */
public final class Annotate extends DeclaredStage {
  private final Annotator annotator;
  private final SentenceRepair repair = new SentenceRepair(WordLists.load("honorifics.txt"));

  public Annotate(Annotator annotator) {
    super("annotate", EnumSet.noneOf(Layer.class), EnumSet.of(Layer.SENTENCES));
    this.annotator = annotator;
  }

  @Override
  public Analysis apply(Analysis analysis) {
    return analysis.withAnnotated(repair.repair(annotator.annotate(analysis.text())));
  }
}
