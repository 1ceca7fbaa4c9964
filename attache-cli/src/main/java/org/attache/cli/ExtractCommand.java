package org.attache.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.attache.model.RecordCodec;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.batch.Outcome;
import org.attache.pipeline.batch.ParallelExtraction;
import org.attache.pipeline.batch.StageTimings;
import org.attache.pipeline.read.DocumentReaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attache extract PATH...}: one record per document, as JSON Lines. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts one record per document (RECORDS.md) as JSON Lines.",
      "Reads text files (with or without a TITLE:/DATE:/SOURCE: header), HTML pages, JSON Lines"
          + " corpora and directories of them. Unreadable inputs are reported on stderr and"
          + " skipped; the exit status is then 1."
    })
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
  List<Path> paths;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the records to FILE instead of standard output.")
  Path out;

  @Mixin ExtractionOptions extraction = new ExtractionOptions();

  @Option(
      names = "--stats",
      description = "Print throughput, time per stage and peak heap on stderr when done.")
  boolean stats;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    long loadStart = System.nanoTime();
    Extractor extractor = extraction.extractor();
    long started = System.nanoTime();
    StageTimings timings = new StageTimings();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger written = new AtomicInteger();
    try (Writer writer = open()) {
      new ParallelExtraction(extractor, extraction.threads, timings)
          .run(
              Inputs.of(DocumentReaders.create(), paths),
              outcome -> {
                if (outcome instanceof Outcome.Extracted extracted) {
                  write(writer, RecordCodec.toJsonLine(extracted.record()));
                  written.incrementAndGet();
                } else {
                  Outcome.Failed failure = (Outcome.Failed) outcome;
                  err.println(
                      "attache: cannot read '" + failure.source() + "': " + failure.reason());
                  err.flush();
                  failed.incrementAndGet();
                }
              });
    }
    if (stats) {
      Throughput.print(
          err, timings, started - loadStart, System.nanoTime() - started, extraction.threads);
    }
    if (failed.get() > 0) {
      err.println(
          "attache: " + written.get() + " records written, " + failed.get() + " inputs failed");
      return ExitCodes.SOME_FAILED;
    }
    return ExitCodes.OK;
  }

  private Writer open() throws IOException {
    if (out == null) {
      return new NonClosingWriter(spec.commandLine().getOut());
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
  }

  private static void write(Writer writer, String line) {
    try {
      writer.write(line);
      writer.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a record", e);
    }
  }
}
