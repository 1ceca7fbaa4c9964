package org.attache.spark;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What one run of the job reads and writes.
 *
 * @param inputs files or directories (text, JSON Lines) or Parquet paths, read in this order
 * @param inputFormat how the inputs are stored
 * @param output the directory that receives {@code records/} and {@code errors/}; must not exist
 * @param outputFormat how records and errors are written
 * @param partitions how many tasks share the extraction; 0 for three per core of the cluster
 */
public record JobSettings(
    List<String> inputs,
    InputFormat inputFormat,
    String output,
    OutputFormat outputFormat,
    int partitions,
    boolean triage) {
  /** Settings without triage: every document goes through the full analysis. */
  public JobSettings(
      List<String> inputs,
      InputFormat inputFormat,
      String output,
      OutputFormat outputFormat,
      int partitions) {
    this(inputs, inputFormat, output, outputFormat, partitions, false);
  }

  public JobSettings {
    inputs = List.copyOf(requireNonNull(inputs, "inputs is null"));
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input");
    }
    requireNonNull(inputFormat, "inputFormat is null");
    requireNonNull(output, "output is null");
    if (output.isBlank()) {
      throw new IllegalArgumentException("output is blank");
    }
    requireNonNull(outputFormat, "outputFormat is null");
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must not be negative: " + partitions);
    }
  }
}
