package org.attache.jmh;

import java.util.concurrent.TimeUnit;
import org.attache.knowledge.KnowledgeBase;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.Pipeline;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.nlp.corenlp.CoreNlpAnnotator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The project's own stages, everything of the standard pipeline after {@code annotate} (mentions,
 * actors, meetings, affiliations, hosts, agreements, plans, statements, priorities, establishments,
 * codes), on an example communiqué that CoreNLP annotated once in the setup: microseconds per
 * document.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class StagesBenchmark {
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
