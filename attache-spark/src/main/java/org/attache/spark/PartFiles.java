package org.attache.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The part files of a Spark output directory ({@code part-00000...}), read back. */
final class PartFiles {
  private PartFiles() {}

  /** The lines of a JSON Lines output, part file after part file. */
  static List<String> lines(Path directory) {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path part :
          files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part, UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the output '" + directory + "'", e);
    }
    return lines;
  }
}
