package org.attache.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.attache.bench.corpus.BenchCorpus;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times the job on one local executor thread against two, run by hand:
 *
 * <pre>ATTACHE_SPARK_MAIN=org.attache.spark.SparkBench ./attache-spark-local --documents 200</pre>
 *
 * <p>Writes a corpus from {@link BenchCorpus} and runs the job once on a few documents, untimed:
 * that loads the models, which the timed runs then share, as they share the JVM. Then runs the job
 * with {@code local[1]} and {@code local[2]} in turn, a fresh session each time, alternating which
 * goes first. Checks that all outputs are the same bytes, and prints the wall times of the job (not
 * of starting the session), and the ratios of their medians and of their best times (the run least
 * disturbed by other work on the machine).
 */
@Command(
    name = "spark-bench",
    mixinStandardHelpOptions = true,
    description = "Times the job on local[1] and local[2].")
public final class SparkBench implements Callable<Integer> {
  /** Documents of the untimed first run, which loads the models and warms the JIT and Spark. */
  private static final int WARM_UP = 40;

  @Spec CommandSpec spec;

  @Option(names = "--documents", paramLabel = "N", description = "Corpus size (default: 200).")
  int documents = 200;

  @Option(names = "--rounds", paramLabel = "N", description = "Runs of each (default: 3).")
  int rounds = 3;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "Where the corpus and outputs go (default: a new temporary directory).")
  Path work;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkBench()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("bench-");
    Path corpus = BenchCorpus.writeJsonLines(dir.resolve("corpus.jsonl"), documents);
    out.printf(
        Locale.ROOT, "corpus: %d documents, %d words, %s%n", documents, words(corpus), corpus);
    out.flush();
    run(
        BenchCorpus.writeJsonLines(dir.resolve("warm-up.jsonl"), WARM_UP),
        dir.resolve("out-warm-up"),
        2);
    List<List<Double>> seconds = List.of(new ArrayList<>(), new ArrayList<>());
    List<String> first = null;
    for (int round = 0; round < rounds; round++) {
      int[] order = round % 2 == 0 ? new int[] {1, 2} : new int[] {2, 1};
      for (int threads : order) {
        Path output = dir.resolve("out-" + threads + "-" + round);
        double wall = run(corpus, output, threads);
        seconds.get(threads - 1).add(wall);
        out.printf(Locale.ROOT, "round %d, local[%d]: %.1f s%n", round + 1, threads, wall);
        out.flush();
        List<String> records = PartFiles.lines(output.resolve("records"));
        if (records.size() != documents) {
          throw new IllegalStateException(
              "local[" + threads + "] wrote " + records.size() + " records of " + documents);
        }
        if (first == null) {
          first = records;
        } else if (!first.equals(records)) {
          throw new IllegalStateException("local[" + threads + "] wrote other records");
        }
      }
    }
    double one = median(seconds.get(0));
    double two = median(seconds.get(1));
    double bestOne = Collections.min(seconds.get(0));
    double bestTwo = Collections.min(seconds.get(1));
    out.printf(
        Locale.ROOT,
        "median: local[1] %.1f s, local[2] %.1f s, speed-up %.2f%n"
            + "best:   local[1] %.1f s, local[2] %.1f s, speed-up %.2f%n"
            + "all runs wrote the same %d records%n",
        one,
        two,
        one / two,
        bestOne,
        bestTwo,
        bestOne / bestTwo,
        documents);
    return 0;
  }

  private static double run(Path corpus, Path output, int threads) {
    SparkSession spark =
        SparkSession.builder()
            .appName("attache-bench")
            .master("local[" + threads + "]")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .getOrCreate();
    try {
      long start = System.nanoTime();
      ExtractionJob.run(
          spark,
          new JobSettings(
              List.of(corpus.toString()),
              InputFormat.JSONL,
              output.toString(),
              OutputFormat.JSONL,
              ExtractionJob.PARTITIONS_PER_CORE * threads));
      return (System.nanoTime() - start) / 1e9;
    } finally {
      spark.stop();
    }
  }

  private static long words(Path corpus) {
    try (Stream<ReadResult> results = DocumentReaders.create().read(corpus)) {
      return results
          .filter(ReadResult.Read.class::isInstance)
          .mapToLong(r -> ((ReadResult.Read) r).document().text().split("\\s+").length)
          .sum();
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
