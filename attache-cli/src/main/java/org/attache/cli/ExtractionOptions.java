package org.attache.cli;

import org.attache.pipeline.Extractor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that extract a set of documents: {@code --triage}, {@code --threads}.
 */
final class ExtractionOptions {
  @Mixin TriageOption triage = new TriageOption();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Documents extracted at once (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** The standard extractor, with triage where the option asks for it. */
  Extractor extractor() {
    return triage.extractor();
  }
}
