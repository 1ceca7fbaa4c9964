package org.attache.pipeline.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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

  /**
   * A two-column list of words and the constants of {@code type} they stand for ({@code
   * word<TAB>CONSTANT}), in the order of the file.
   *
   * @throws IllegalStateException if a row names no constant of {@code type} or repeats a word
   */
  public static <E extends Enum<E>> Map<String, E> named(String name, Class<E> type) {
    return named(name, type.getSimpleName(), constant -> Enum.valueOf(type, constant));
  }

  /**
   * A two-column list of words and the whole numbers they stand for ({@code word<TAB>NUMBER}), in
   * the order of the file.
   *
   * @throws IllegalStateException if a row gives no number or repeats a word
   */
  public static Map<String, Integer> numbers(String name) {
    return named(name, "number", Integer::valueOf);
  }

  private static <V> Map<String, V> named(String name, String what, Function<String, V> parse) {
    Map<String, V> named = new LinkedHashMap<>();
    for (List<String> row : table(name)) {
      V value;
      try {
        value = parse.apply(row.get(1));
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        throw new IllegalStateException("Word list '" + name + "': no " + what + " in " + row, e);
      }
      if (named.putIfAbsent(row.get(0), value) != null) {
        throw new IllegalStateException(
            "Word list '" + name + "' lists '" + row.get(0) + "' twice");
      }
    }
    return Collections.unmodifiableMap(named);
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
