package org.attache.cli;

import org.attache.pipeline.Extractor;
import picocli.CommandLine.Option;

/** The {@code --triage} option of the commands that extract, and the extractor it chooses. */
final class TriageOption {
  @Option(
      names = "--triage",
      description =
          "Give a document that names no known actor or holds no trigger word an empty record"
              + " without analysing it, and analyse only the sentences that can hold a record.")
  boolean triage;

  /** The standard extractor, with triage where the option asks for it. */
  Extractor extractor() {
    return triage ? Extractor.standardWithTriage() : Extractor.standard();
  }
}
