package org.attache.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attache.knowledge.Entity;
import org.attache.knowledge.KnowledgeBase;
import org.attache.knowledge.PhraseMatch;
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
 * The knowledge base's phrase matcher ({@link KnowledgeBase#find}) over the whole text of an
 * example communiqué: every state, organisation and post title it names, in microseconds per
 * document. Triage and the mention stage both run it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class PhraseMatcherBenchmark {
  @Param({Examples.TEXT, Examples.HTML})
  public String document;

  private KnowledgeBase knowledge;
  private String text;

  @Setup
  public void setUp() {
    knowledge = KnowledgeBase.standard();
    text = Examples.text(document);
  }

  @Benchmark
  public List<PhraseMatch<Entity>> find() {
    return knowledge.find(text);
  }
}
