package org.attache.pipeline.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the word lists the rules use (honorifics, meeting verbs, ...) from the pipeline's
 * resources, so that coverage grows by editing data, not code. Lines are trimmed; blank lines and
 * lines starting with {@code #} are skipped.
 */
public final class WordLists {
  private static final String ROOT = "/org/attache/pipeline/words/";

  private WordLists() {}

  /** The entries of a one-column list, in lower case. */
  public static Set<String> load(String name) {
    Set<String> words = new LinkedHashSet<>();
    for (String line : lines(name)) {
      words.add(line.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(words);
  }

  /** The rows of a tab-separated list, each split into its columns. */
  public static List<List<String>> table(String name) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines(name)) {
      List<String> columns = new ArrayList<>();
      for (String column : line.split("\t", -1)) {
        columns.add(column.trim());
      }
      rows.add(List.copyOf(columns));
    }
    return List.copyOf(rows);
  }

  private static List<String> lines(String name) {
    String path = ROOT + name;
    try (InputStream in = WordLists.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Word list '" + path + "' is missing from the build");
      }
      List<String> lines = new ArrayList<>();
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          String trimmed = line.strip();
          if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
            lines.add(trimmed);
          }
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read word list '" + path + "'", e);
    }
  }
}
