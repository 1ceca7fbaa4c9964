package org.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.eval.explain.Explainer;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.PipelineListener;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attache explain PATH...}: each record with the sentence and rule behind every field. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts each document and explains its record: for every event, the sentences it was",
      "read from and, for every field, the rule or word-list entry that decided it."
    })
public final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
  List<Path> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Extractor extractor = Extractor.standard();
    int failed = 0;
    Iterator<ReadResult> inputs = Inputs.of(DocumentReaders.create(), paths);
    while (inputs.hasNext()) {
      ReadResult result = inputs.next();
      if (result instanceof ReadResult.Read read) {
        Analysis analysis = extractor.analyse(read.document(), PipelineListener.NONE);
        out.println(Explainer.explain(Extractor.assemble(analysis), analysis.text()));
        out.flush();
      } else {
        err.println("attache: " + ((ReadResult.Failed) result).message());
        failed++;
      }
    }
    return failed > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }
}
