package org.attache.pipeline.nlp;

import java.util.EnumSet;
import java.util.Set;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Stage;
import org.attache.pipeline.analysis.WordLists;

/**
 * Splits the text into sentences and tags its tokens with the given annotator, then joins sentences
 * cut after a form of address ("H.E.").
 */
public final class Annotate implements Stage {
  private final Annotator annotator;
  private final SentenceRepair repair = new SentenceRepair(WordLists.load("honorifics.txt"));

  public Annotate(Annotator annotator) {
    this.annotator = annotator;
  }

  @Override
  public String name() {
    return "annotate";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.noneOf(Layer.class);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.SENTENCES);
  }

  @Override
  public Analysis apply(Analysis analysis) {
    return analysis.withAnnotated(repair.repair(annotator.annotate(analysis.text())));
  }
}
