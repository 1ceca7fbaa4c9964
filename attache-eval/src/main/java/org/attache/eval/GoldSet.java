package org.attache.eval;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A folder of gold files, each beside the document it annotates. */
public final class GoldSet {
  private static final String GOLD_SUFFIX = ".gold.json";

  private GoldSet() {}

  /**
   * One annotated document: its name ({@code 0005}), the text it annotates ({@code 0005.txt} in the
   * same folder) and its gold.
   */
  public record Entry(String name, Path text, Gold gold) {
    public Entry {
      requireNonNull(name, "name is null");
      requireNonNull(text, "text is null");
      requireNonNull(gold, "gold is null");
    }
  }

  /**
   * Reads every {@code *.gold.json} of a folder (not its subfolders), in order of name.
   *
   * @throws IllegalArgumentException when the folder is not one, a gold file has no text beside it,
   *     or a gold file is not valid
   * @throws UncheckedIOException when the folder or a file cannot be read
   */
  public static List<Entry> load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("Cannot load gold set '" + dir + "': not a folder");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files =
          listing
              .filter(p -> p.getFileName().toString().endsWith(GOLD_SUFFIX))
              .filter(Files::isRegularFile)
              .sorted(Comparator.comparing(p -> p.getFileName().toString()))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load gold set '" + dir + "': " + e.getMessage(), e);
    }
    List<Entry> entries = new ArrayList<>();
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      String name = fileName.substring(0, fileName.length() - GOLD_SUFFIX.length());
      Path text = file.resolveSibling(name + ".txt");
      if (!Files.isRegularFile(text)) {
        throw new IllegalArgumentException(
            "Cannot load gold set '"
                + dir
                + "': "
                + fileName
                + " has no "
                + name
                + ".txt beside it");
      }
      entries.add(new Entry(name, text, GoldFile.read(file)));
    }
    return List.copyOf(entries);
  }
}
