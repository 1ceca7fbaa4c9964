package org.attache.pipeline.events.parties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.attache.pipeline.analysis.WordLists;

/**
 * The phrases of a word list, matched on the lower-cased tokens of a sentence, longest first.
 *
 * @param <T> what a phrase stands for
 */
public final class TokenPhrases<T> {
  /**
   * A phrase found in a sentence.
   *
   * @param firstToken its first token
   * @param lastToken its last token, inclusive
   * @param phrase the phrase as the list writes it
   * @param value what it stands for
   */
  public record Found<T>(int firstToken, int lastToken, String phrase, T value) {
    /**
     * How many tokens from this phrase to the other: from the end of the first to the start of the
     * second, whichever comes first; 0 or less where they overlap.
     */
    public int distanceTo(Found<?> other) {
      return firstToken > other.lastToken()
          ? firstToken - other.lastToken()
          : other.firstToken() - lastToken;
    }

    /** The same phrase with another value. */
    public Found<T> withValue(T other) {
      return new Found<>(firstToken, lastToken, phrase, other);
    }
  }

  private record Entry<T>(String phrase, List<String> words, T value) {}

  /** The phrases by their first word, longest first: only those can start at a token. */
  private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

  /**
   * Reads a tab-separated list whose first column is the phrase and whose second column {@code
   * parse} turns into the value.
   *
   * @throws IllegalStateException naming the list and the row when the value is not understood
   */
  public TokenPhrases(String list, Function<String, T> parse) {
    List<Entry<T>> entries = new ArrayList<>();
    for (List<String> row : WordLists.table(list)) {
      String phrase = row.get(0).toLowerCase(Locale.ROOT);
      String column = row.size() > 1 ? row.get(1) : "";
      T value;
      try {
        value = parse.apply(column);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            list + ": cannot read '" + column + "' for '" + phrase + "'", e);
      }
      entries.add(new Entry<>(phrase, Arrays.asList(phrase.split(" ")), value));
    }
    entries.sort(Comparator.comparingInt((Entry<T> e) -> -e.words().size()));
    for (Entry<T> entry : entries) {
      byFirstWord.computeIfAbsent(entry.words().get(0), k -> new ArrayList<>()).add(entry);
    }
  }

  /** The longest phrase that starts at the token. */
  public Optional<Found<T>> at(SentenceView view, int token) {
    for (Entry<T> entry : byFirstWord.getOrDefault(view.lower(token), List.of())) {
      boolean all = true;
      for (int k = 0; k < entry.words().size() && all; k++) {
        all = view.lower(token + k).equals(entry.words().get(k));
      }
      if (all) {
        return Optional.of(
            new Found<>(token, token + entry.words().size() - 1, entry.phrase(), entry.value()));
      }
    }
    return Optional.empty();
  }

  /** Every phrase of the sentence, left to right, not overlapping. */
  public List<Found<T>> in(SentenceView view) {
    return in(view, view.first(), view.last());
  }

  /** Every phrase of the sentence between the tokens, inclusive, left to right, not overlapping. */
  public List<Found<T>> in(SentenceView view, int fromToken, int toToken) {
    List<Found<T>> found = new ArrayList<>();
    for (int i = Math.max(fromToken, view.first()); i <= Math.min(toToken, view.last()); i++) {
      Optional<Found<T>> here = at(view, i);
      if (here.isPresent()) {
        found.add(here.get());
        i = here.get().lastToken();
      }
    }
    return found;
  }
}
