package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.eval.Case;
import org.attache.eval.Evaluator;
import org.attache.eval.GoldSet;
import org.attache.eval.Report;
import org.attache.model.DocumentRecord;
import org.attache.pipeline.analysis.PipelineListener;
import org.attache.pipeline.batch.Outcome;
import org.attache.pipeline.batch.ParallelExtraction;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attache eval --gold DIR}: extracts every gold document and scores it against its gold. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts every document of DIR that has a gold file (NNNN.txt beside NNNN.gold.json)",
      "and prints the figures of the gold scoring rules, micro-averaged over the set."
    })
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The gold folder.")
  Path gold;

  @Mixin ExtractionOptions extraction = new ExtractionOptions();

  @Option(names = "--verbose", description = "Also print each document's figures and misses.")
  boolean verbose;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON.")
  Path json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(gold)) {
      err.println("attache: cannot evaluate: '" + gold + "' is not a folder");
      return ExitCodes.FAILED;
    }
    List<GoldSet.Entry> entries = GoldSet.load(gold);
    DocumentReaders readers = DocumentReaders.create();
    List<ReadResult> inputs = new ArrayList<>();
    for (GoldSet.Entry entry : entries) {
      inputs.addAll(readers.read(entry.text()).toList());
    }
    Map<String, DocumentRecord> predicted = new HashMap<>();
    List<String> failures = new ArrayList<>();
    new ParallelExtraction(extraction.extractor(), extraction.threads, PipelineListener.NONE)
        .run(
            inputs.iterator(),
            outcome -> {
              if (outcome instanceof Outcome.Extracted extracted) {
                predicted.put(extracted.source(), extracted.record());
              } else {
                Outcome.Failed failed = (Outcome.Failed) outcome;
                failures.add(failed.source() + ": " + failed.reason());
              }
            });
    List<Case> cases = new ArrayList<>();
    for (GoldSet.Entry entry : entries) {
      DocumentRecord record = predicted.get(entry.text().toString());
      if (record == null) {
        err.println("attache: no record for '" + entry.text() + "'");
        continue;
      }
      cases.add(new Case(entry.name(), entry.gold(), record));
    }
    failures.forEach(f -> err.println("attache: cannot read " + f));
    Report report = Evaluator.evaluate(cases);
    out.print(report.toText(verbose));
    out.flush();
    if (json != null) {
      Files.writeString(json, report.toJson() + "\n", StandardCharsets.UTF_8);
    }
    return failures.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }
}
