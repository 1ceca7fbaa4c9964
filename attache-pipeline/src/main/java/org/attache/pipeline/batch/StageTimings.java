package org.attache.pipeline.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.PipelineListener;
import org.attache.pipeline.analysis.Stage;

/**
 * Wall time spent in each stage, summed over documents, with the documents, tokens and sentences
 * that went through; a listener of the pipeline, safe to share between threads.
 */
public final class StageTimings implements PipelineListener {
  private final Map<String, LongAdder> nanos = new LinkedHashMap<>();
  private final LongAdder documents = new LongAdder();
  private final LongAdder tokens = new LongAdder();
  private final LongAdder sentencesKept = new LongAdder();
  private final LongAdder sentencesSeen = new LongAdder();

  @Override
  public void stageFinished(Stage stage, Analysis result, long elapsedNanos) {
    add(stage.name(), elapsedNanos);
  }

  @Override
  public void documentFinished(Analysis result) {
    result.selected().ifPresent(s -> countSentences(s.kept(), s.seen()));
    countDocument(result.tokenCount());
  }

  /** Counts one document of the given number of tokens. */
  private void countDocument(int tokenCount) {
    documents.increment();
    tokens.add(tokenCount);
  }

  /** Counts the sentences of one document that triage looked at, and how many it kept. */
  private void countSentences(int kept, int seen) {
    sentencesKept.add(kept);
    sentencesSeen.add(seen);
  }

  /** Sentences kept by triage in the documents it let through. */
  public long sentencesKept() {
    return sentencesKept.sum();
  }

  /** Sentences triage looked at in the documents it let through. */
  public long sentencesSeen() {
    return sentencesSeen.sum();
  }

  public long documents() {
    return documents.sum();
  }

  public long tokens() {
    return tokens.sum();
  }

  public void add(String stage, long elapsedNanos) {
    LongAdder adder;
    synchronized (nanos) {
      adder = nanos.computeIfAbsent(stage, k -> new LongAdder());
    }
    adder.add(elapsedNanos);
  }

  /** Nanoseconds per stage, in the order the stages were first timed. */
  public Map<String, Long> snapshot() {
    Map<String, Long> copy = new LinkedHashMap<>();
    synchronized (nanos) {
      nanos.forEach((k, v) -> copy.put(k, v.sum()));
    }
    return copy;
  }
}
