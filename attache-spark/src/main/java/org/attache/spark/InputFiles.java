package org.attache.spark;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files the job reads, listed on the driver in the order {@code attache extract} reads them, so
 * that the executors can read them apart and the outputs still come in that order.
 *
 * <p>The walk follows the readers' rules for a directory: its entries in the order of their names,
 * recursively; hidden entries and symbolic links to directories skipped; of the files, those whose
 * name the input format takes. A path named as an input is kept whatever its name, and one that is
 * missing or cannot be listed too: the readers then report it as they would on the command line.
 *
 * <p>The files must be visible at the same path to the driver and every executor (a local run, a
 * shared file system); tables on other file systems are read as Parquet.
 */
final class InputFiles {
  private InputFiles() {}

  static List<String> list(List<String> inputs, InputFormat format) {
    requireNonNull(inputs, "inputs is null");
    requireNonNull(format, "format is null");
    List<String> files = new ArrayList<>();
    for (String input : inputs) {
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        directory(path, format, files);
      } else {
        files.add(path.toString());
      }
    }
    return files;
  }

  private static void directory(Path directory, InputFormat format, List<String> files) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory)) {
      listing.forEach(entries::add);
    } catch (IOException | RuntimeException e) {
      files.add(directory.toString());
      return;
    }
    entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        directory(entry, format, files);
      } else if (!Files.isDirectory(entry) && format.takes(name)) {
        files.add(entry.toString());
      }
    }
  }
}
