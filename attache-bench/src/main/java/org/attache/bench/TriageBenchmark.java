package org.attache.bench;

import org.attache.knowledge.KnowledgeBase;
import org.attache.pipeline.triage.Triage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Triage's decision ({@link Triage#canHoldRecord}) on a communiqué, which it lets through, and on
 * sport, weather and market news, which it stops: microseconds per document. This is all a document
 * that cannot hold a record costs when triage is on.
 */
public class TriageBenchmark extends DocumentBenchmark {
  @Param({Examples.TEXT, Examples.FILLER})
  public String document;

  private Triage triage;
  private String text;

  @Setup
  public void setUp() {
    triage = new Triage(KnowledgeBase.standard());
    text = Examples.text(document);
    boolean expected = !document.equals(Examples.FILLER);
    if (triage.canHoldRecord(text) != expected) {
      throw new IllegalStateException(
          "Triage "
              + (expected ? "stops" : "lets through")
              + " '"
              + document
              + "': the benchmark measures the other way");
    }
  }

  @Benchmark
  public boolean canHoldRecord() {
    return triage.canHoldRecord(text);
  }
}
