package org.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.attache.bench.corpus.FillerText;
import org.attache.model.error.AttacheException;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.batch.Outcome;
import org.attache.pipeline.batch.ParallelExtraction;
import org.attache.pipeline.batch.StageTimings;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.read.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attache bench [PATH...]}: what the extractor costs on a corpus, on 1 thread and on all.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the extractor over a corpus held in memory and prints documents/s, tokens/s, the time"
          + " per stage and peak heap, first on 1 thread, then on --threads threads.",
      "With no PATH it builds a mixed stream in which 1 document in 10 is a diplomatic"
          + " communiqué from --examples and the other 9 are generated sport, weather and market"
          + " news.",
      "With --long it extracts one generated long document of each of --long-sizes characters"
          + " instead, on 1 thread, and fails (exit status 2) where the largest took more times"
          + " as long as the smallest than it is times as large."
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories to read.")
  List<Path> paths = List.of();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads of the second run (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin TriageOption triage = new TriageOption();

  @Option(
      names = "--documents",
      paramLabel = "N",
      description = "Documents in the mixed stream, when no PATH is given (default: 1000).")
  int documents = 1000;

  @Option(
      names = "--warmup",
      paramLabel = "SECONDS",
      description =
          "Runs the corpus over and over on --threads threads for this long, untimed, before the"
              + " timed runs, so that they measure a warmed-up JVM (default: 20; 0 for a cold"
              + " start).")
  int warmup = 20;

  @Option(
      names = "--examples",
      paramLabel = "DIR",
      description = "Where the diplomatic documents of the mixed stream are (default: examples).")
  Path examples = Path.of("examples");

  @Option(
      names = "--long",
      description =
          "Time single long documents (a digest of generated communiqués and news) of the sizes"
              + " of --long-sizes instead of a corpus, and check that the time grows no faster"
              + " than the size.")
  boolean longDocuments;

  @Option(
      names = "--long-sizes",
      paramLabel = "CHARACTERS",
      split = ",",
      description =
          "The sizes of the long documents, in characters (default: 500000,5000000); the first"
              + " and the last are compared.")
  List<Integer> longSizes = List.of(500_000, 5_000_000);

  @Override
  public Integer call() {
    try {
      return bench();
    } catch (AttacheException e) {
      // an option's value or the examples folder is wrong: say so as picocli says a wrong option
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private int bench() {
    PrintWriter out = spec.commandLine().getOut();
    if (threads < 1) {
      throw AttacheException.badInput("--threads must be at least 1: " + threads);
    }
    if (warmup < 0) {
      throw AttacheException.badInput("--warmup must be 0 or more seconds: " + warmup);
    }
    if (longDocuments) {
      return new LongBench(out, triage.extractor(), longSizes, warmup).run();
    }
    long loadStart = System.nanoTime();
    Extractor extractor = triage.extractor();
    List<ReadResult> corpus = paths.isEmpty() ? mixedStream(extractor) : read(paths);
    long loadNanos = System.nanoTime() - loadStart;
    out.printf(
        Locale.ROOT,
        "bench: %d documents, corpus and models ready in %.1f s%n",
        corpus.size(),
        loadNanos / 1e9);
    if (warmup > 0) {
      long warmupStart = System.nanoTime();
      long until = warmupStart + warmup * 1_000_000_000L;
      long done = 0;
      while (System.nanoTime() < until) {
        new ParallelExtraction(extractor, threads, new StageTimings())
            .run(corpus.iterator(), outcome -> {});
        done += corpus.size();
      }
      out.printf(
          Locale.ROOT,
          "bench: warmed up on %d documents in %.1f s%n",
          done,
          (System.nanoTime() - warmupStart) / 1e9);
    }
    run(out, extractor, corpus, 1, loadNanos);
    if (threads > 1) {
      run(out, extractor, corpus, threads, loadNanos);
    }
    return ExitCodes.OK;
  }

  private static void run(
      PrintWriter out, Extractor extractor, List<ReadResult> corpus, int threads, long loadNanos) {
    StageTimings timings = new StageTimings();
    AtomicInteger failed = new AtomicInteger();
    long started = System.nanoTime();
    new ParallelExtraction(extractor, threads, timings)
        .run(
            corpus.iterator(),
            outcome -> {
              if (outcome instanceof Outcome.Failed) {
                failed.incrementAndGet();
              }
            });
    long runNanos = System.nanoTime() - started;
    out.printf(Locale.ROOT, "bench: %d thread%s%n", threads, threads == 1 ? "" : "s");
    Throughput.print(out, timings, loadNanos, runNanos, threads);
    if (failed.get() > 0) {
      out.printf(Locale.ROOT, "bench: %d inputs failed%n", failed.get());
    }
    out.flush();
  }

  private static List<ReadResult> read(List<Path> paths) {
    List<ReadResult> corpus = new ArrayList<>();
    Inputs.of(DocumentReaders.create(), paths).forEachRemaining(corpus::add);
    return corpus;
  }

  /**
   * Nine generated documents, then one diplomatic, over and over. The diplomatic ones are the
   * documents of the examples folder from which the extractor takes at least one event; extracting
   * them here also warms the extractor up before the timed runs.
   */
  private List<ReadResult> mixedStream(Extractor extractor) {
    if (!Files.isDirectory(examples)) {
      throw AttacheException.badInput(
          "Cannot build the mixed stream: '" + examples + "' is not a directory of examples");
    }
    List<SourceDocument> diplomatic = new ArrayList<>();
    for (ReadResult result : read(List.of(examples))) {
      if (result instanceof ReadResult.Read read
          && !extractor.extract(read.document()).events().isEmpty()) {
        diplomatic.add(read.document());
      }
    }
    if (diplomatic.isEmpty()) {
      throw AttacheException.badInput(
          "Cannot build the mixed stream: no document in '" + examples + "' holds an event");
    }
    FillerText filler = new FillerText(20_250_101L);
    List<ReadResult> stream = new ArrayList<>(documents);
    for (int i = 0; i < documents; i++) {
      SourceDocument document =
          i % 10 == 9 ? diplomatic.get((i / 10) % diplomatic.size()) : filler.next(i);
      stream.add(new ReadResult.Read(document));
    }
    return stream;
  }
}
