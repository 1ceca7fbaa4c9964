package org.attache.pipeline.lang.ru;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Russian names of states, organisations, cities and posts, from the knowledge base's {@code
 * ru/names.tsv} (its first line names the sources). Each name is written as the lemmas of its
 * words, so that every inflection of it is found: "Республики Узбекистан", "Республике Узбекистан".
 * Loaded once.
 */
public final class RussianLexicon {
  private static final String FILE = "/org/attache/knowledge/ru/names.tsv";

  /** What a name stands for: kind (state, adjective, organisation, city, post) and key. */
  public record Entry(String kind, String key, List<String> words) {}

  /** A name found at {@code first..last} (token indexes, inclusive). */
  public record Match(Entry entry, int first, int last) {}

  /** A post title with the adjective of whom it serves inside it, found at {@code first..last}. */
  public record Split(Entry entry, int first, int last, String of) {}

  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

  private RussianLexicon(List<Entry> entries) {
    for (Entry entry : entries) {
      byFirstWord.computeIfAbsent(entry.words().get(0), k -> new ArrayList<>()).add(entry);
    }
    byFirstWord
        .values()
        .forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> -e.words().size())));
  }

  private static final class Holder {
    private static final RussianLexicon STANDARD = new RussianLexicon(read());
  }

  public static RussianLexicon standard() {
    return Holder.STANDARD;
  }

  private static List<Entry> read() {
    InputStream in = RussianLexicon.class.getResourceAsStream(FILE);
    if (in == null) {
      throw new IllegalStateException("The knowledge file " + FILE + " is not on the class path");
    }
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != 3) {
          throw new IllegalStateException(
              FILE + " line " + number + ": expected kind, key and forms: '" + line + "'");
        }
        for (String form : fields[2].split("\\|")) {
          List<String> words = List.of(form.strip().toLowerCase(Locale.ROOT).split(" +"));
          entries.add(new Entry(fields[0], fields[1], words));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + FILE, e);
    }
    return entries;
  }

  /** The longest name of one of the {@code kinds} that starts at token {@code at}, if any. */
  public Optional<Match> at(List<RussianWord> words, int at, List<String> kinds) {
    for (String key : words.get(at).keys()) {
      for (Entry entry : byFirstWord.getOrDefault(key, List.of())) {
        if (kinds.contains(entry.kind()) && matches(entry, words, at)) {
          return Optional.of(new Match(entry, at, at + entry.words().size() - 1));
        }
      }
    }
    for (Map.Entry<String, List<Entry>> first : byFirstWord.entrySet()) {
      if (words.get(at).stemMatches(first.getKey())) {
        for (Entry entry : first.getValue()) {
          if (kinds.contains(entry.kind()) && matches(entry, words, at)) {
            return Optional.of(new Match(entry, at, at + entry.words().size() - 1));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A post whose title has a state's or organisation's adjective after its first word ("глава
   * белорусского МИД", "замглавы российского МИД"), if one starts at token {@code at}.
   */
  public Optional<Split> split(List<RussianWord> words, int at) {
    if (at + 2 >= words.size()) {
      return Optional.empty();
    }
    Optional<Match> adjective = this.at(words, at + 1, List.of("adjective"));
    if (adjective.isEmpty()) {
      return Optional.empty();
    }
    int rest = adjective.get().last() + 1;
    for (String key : words.get(at).keys()) {
      for (Entry entry : byFirstWord.getOrDefault(key, List.of())) {
        if (entry.kind().equals("post")
            && entry.words().size() >= 2
            && matches(entry, 1, words, rest)) {
          int last = rest + entry.words().size() - 2;
          return Optional.of(new Split(entry, at, last, adjective.get().entry().key()));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean matches(Entry entry, List<RussianWord> words, int at) {
    return matches(entry, 0, words, at);
  }

  /** Whether the entry's words from {@code from} on stand at token {@code at}. */
  private static boolean matches(Entry entry, int from, List<RussianWord> words, int at) {
    if (at + entry.words().size() - from > words.size()) {
      return false;
    }
    for (int i = from; i < entry.words().size(); i++) {
      if (!words.get(at + i - from).is(entry.words().get(i))) {
        return false;
      }
    }
    return true;
  }
}
