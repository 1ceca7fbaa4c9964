package org.attache.bench;

import java.util.concurrent.TimeUnit;
import org.attache.knowledge.KnowledgeBase;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.Pipeline;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.nlp.corenlp.CoreNlpAnnotator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The standard pipeline's {@code annotate} stage alone (CoreNLP's tokenizer, sentence splitter,
 * tagger, lemmatiser and NER, then the sentence repair) on the same communiqués as {@link
 * StagesBenchmark}: milliseconds per document. Set beside that benchmark, it shows what bounds the
 * extractor's throughput.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnnotateBenchmark extends DocumentBenchmark {
  @Param({Examples.TEXT, Examples.HTML})
  public String document;

  private Pipeline annotate;
  private Analysis start;

  @Setup
  public void setUp() {
    annotate =
        Extractor.standardPipeline(CoreNlpAnnotator.shared(), KnowledgeBase.standard())
            .through("annotate");
    start = Examples.analysis(document);
  }

  @Benchmark
  public Analysis annotate() {
    return annotate.run(start);
  }
}
