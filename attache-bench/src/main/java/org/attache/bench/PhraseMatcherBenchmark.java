package org.attache.bench;

import java.util.List;
import org.attache.knowledge.Entity;
import org.attache.knowledge.KnowledgeBase;
import org.attache.knowledge.PhraseMatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The knowledge base's phrase matcher ({@link KnowledgeBase#find}) over the whole text of an
 * example communiqué: every state, organisation and post title it names, in microseconds per
 * document. Triage and the mention stage both run it.
 */
public class PhraseMatcherBenchmark extends DocumentBenchmark {
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
