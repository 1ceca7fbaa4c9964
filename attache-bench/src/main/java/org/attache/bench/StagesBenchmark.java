package org.attache.bench;

import org.attache.knowledge.KnowledgeBase;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.Pipeline;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.nlp.corenlp.CoreNlpAnnotator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The project's own stages, everything of the standard pipeline after {@code annotate} (mentions,
 * actors, meetings, affiliations, hosts, agreements, plans, statements, priorities, establishments,
 * codes), on an example communiqué that CoreNLP annotated once in the setup: microseconds per
 * document.
 */
public class StagesBenchmark extends DocumentBenchmark {
  @Param({Examples.TEXT, Examples.HTML})
  public String document;

  private Pipeline afterAnnotation;
  private Analysis annotated;

  @Setup
  public void setUp() {
    Pipeline standard =
        Extractor.standardPipeline(CoreNlpAnnotator.shared(), KnowledgeBase.standard());
    annotated = standard.through("annotate").run(Examples.analysis(document));
    afterAnnotation = standard.after("annotate");
  }

  @Benchmark
  public Analysis stagesAfterAnnotation() {
    return afterAnnotation.run(annotated);
  }
}
