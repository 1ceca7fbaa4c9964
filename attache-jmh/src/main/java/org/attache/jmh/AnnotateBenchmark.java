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
 * The standard pipeline's {@code annotate} stage alone (CoreNLP's tokenizer, sentence splitter,
 * tagger, lemmatiser and NER, then the sentence repair) on the same communiqués as {@link
 * StagesBenchmark}: milliseconds per document. Set beside that benchmark, it shows what bounds the
 * extractor's throughput.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class AnnotateBenchmark {
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
