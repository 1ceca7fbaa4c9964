package org.attache.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks that need no CoreNLP once, briefly and in this JVM, to check that they run
 * and measure something. Not a timing test: no speed is asserted.
 */
class BenchmarksRunTest {
  @Test
  void thePhraseMatcherAndTriageBenchmarksRunAndEachGivesAScore() throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(PhraseMatcherBenchmark.class.getName())
            .include(TriageBenchmark.class.getName())
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(100))
            .build();

    Collection<RunResult> results = new Runner(options).run();

    Map<String, Double> scores = new TreeMap<>();
    for (RunResult result : results) {
      String name =
          result.getParams().getBenchmark().replace("org.attache.bench.", "")
              + " "
              + result.getParams().getParam("document");
      scores.put(name, result.getPrimaryResult().getScore());
    }
    assertThat(scores)
        .containsOnlyKeys(
            "PhraseMatcherBenchmark.find 2025-03-04-sco-kazakhstan.txt",
            "PhraseMatcherBenchmark.find 2025-05-20-uzbekistan-mongolia.html",
            "TriageBenchmark.canHoldRecord 2025-03-04-sco-kazakhstan.txt",
            "TriageBenchmark.canHoldRecord filler.txt");
    assertThat(scores.values()).allSatisfy(score -> assertThat(score).isPositive());
  }
}
