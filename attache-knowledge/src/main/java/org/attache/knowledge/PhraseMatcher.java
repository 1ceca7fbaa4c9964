package org.attache.knowledge;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many phrases in a text in one pass: an Aho-Corasick automaton over folded characters.
 *
 * <p>A phrase matches where the text carries the same characters after folding: typographic
 * apostrophes and quotes ({@code ’ ‘ ʼ “ ”}) match ASCII ones, hyphen variants ({@code ‐ ‑ –})
 * match {@code '-'}, any run of whitespace (newlines included) matches one space, and soft hyphens
 * and zero-width characters are skipped. A case-insensitive phrase also ignores case; a
 * case-sensitive one must match its capitals exactly.
 *
 * <p>Matches are aligned to words: a match may neither start nor end inside a word, where letters,
 * digits and combining marks are word characters ("Oman" is not found in "Omani"). Of overlapping
 * matches the leftmost wins, then the longest, then the phrase added first; the result holds no two
 * overlapping matches. Offsets are those of the original text, whatever was folded.
 *
 * <p>Instances are immutable and safe to share between threads. The text is assumed to be in one
 * Unicode normalisation form (NFC, as readers produce it); composed and decomposed accents do not
 * match each other.
 *
 * @param <T> the payload reported for each phrase
 */
public final class PhraseMatcher<T> {
  /** How a phrase treats case. */
  public enum CaseMatching {
    /** The phrase matches only with the capitals it was given ("US", not "us"). */
    SENSITIVE,
    /**
     * The phrase matches whatever the case of the text ("foreign minister", "FOREIGN MINISTER").
     */
    INSENSITIVE;

    /**
     * The default for a phrase: case-sensitive if it has no lower-case letter ("UN", "U.S.", "G20")
     * or is one word with capitals after its first letter ("AfDB", "CoE"); case-insensitive
     * otherwise.
     */
    public static CaseMatching of(String phrase) {
      boolean lower = false;
      boolean innerCapital = false;
      boolean oneWord = true;
      for (int i = 0; i < phrase.length(); i++) {
        char c = phrase.charAt(i);
        lower |= Character.isLowerCase(c);
        innerCapital |= i > 0 && Character.isUpperCase(c);
        oneWord &= Folding.isWordChar(c);
      }
      return !lower || (oneWord && innerCapital) ? SENSITIVE : INSENSITIVE;
    }
  }

  private static final int ROOT = 0;
  private static final int NONE = -1;

  private final List<T> payloads;

  /** Per phrase: its folded characters with their case if case-sensitive, else null. */
  private final char[][] exact;

  /** Per phrase: its length in folded characters. */
  private final int[] lengths;

  /** Edges of node n: chars and targets at [edgeStart[n], edgeStart[n + 1]), sorted by char. */
  private final int[] edgeStart;

  private final char[] edgeChars;
  private final int[] edgeTargets;
  private final int[] failure;

  /** Per node: the phrases that end exactly at the node. */
  private final int[][] outputs;

  /** Per node: the nearest node on its failure chain (itself excluded) with outputs, or NONE. */
  private final int[] outputLink;

  /** A power of two at least the longest phrase: the size of the look-back ring buffers. */
  private final int window;

  private PhraseMatcher(Builder<T> builder) {
    payloads = List.copyOf(builder.payloads);
    exact = builder.exact.toArray(new char[0][]);
    lengths = builder.lengths.stream().mapToInt(Integer::intValue).toArray();
    int nodes = builder.trie.size();
    edgeStart = new int[nodes + 1];
    int edges = 0;
    for (int n = 0; n < nodes; n++) {
      edgeStart[n] = edges;
      edges += builder.trie.get(n).size();
    }
    edgeStart[nodes] = edges;
    edgeChars = new char[edges];
    edgeTargets = new int[edges];
    for (int n = 0; n < nodes; n++) {
      int at = edgeStart[n];
      List<Map.Entry<Character, Integer>> sorted = new ArrayList<>(builder.trie.get(n).entrySet());
      sorted.sort(Map.Entry.comparingByKey());
      for (Map.Entry<Character, Integer> edge : sorted) {
        edgeChars[at] = edge.getKey();
        edgeTargets[at] = edge.getValue();
        at++;
      }
    }
    outputs = new int[nodes][];
    for (int n = 0; n < nodes; n++) {
      outputs[n] = builder.ends.get(n).stream().mapToInt(Integer::intValue).toArray();
    }
    failure = new int[nodes];
    outputLink = new int[nodes];
    linkFailures(nodes);
    int longest = Arrays.stream(lengths).max().orElse(1);
    window = Integer.highestOneBit(Math.max(longest, 1) * 2 - 1);
  }

  /** Starts an empty matcher. */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** The number of phrases. */
  public int size() {
    return payloads.size();
  }

  /**
   * Finds the phrases in {@code text}: leftmost-longest, non-overlapping, aligned to words, in
   * order of their start.
   */
  public List<PhraseMatch<T>> find(CharSequence text) {
    requireNonNull(text, "text is null");
    int mask = window - 1;
    int[] origin = new int[window];
    char[] folded = new char[window];
    Candidates candidates = new Candidates();
    int state = ROOT;
    int fed = 0;
    boolean lastSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = Folding.fold(text.charAt(i));
      if (c == Folding.IGNORED || (c == ' ' && lastSpace)) {
        continue;
      }
      lastSpace = c == ' ';
      origin[fed & mask] = i;
      folded[fed & mask] = c;
      fed++;
      state = step(state, Folding.lower(c));
      int node = outputs[state].length > 0 ? state : outputLink[state];
      for (; node != NONE; node = outputLink[node]) {
        for (int phrase : outputs[node]) {
          int first = fed - lengths[phrase];
          int start = origin[first & mask];
          int end = i + 1;
          if (alignedToWords(text, start, end) && casesAgree(phrase, folded, first, mask)) {
            candidates.add(start, end, phrase);
          }
        }
      }
    }
    return candidates.select(payloads);
  }

  private int step(int state, char c) {
    int s = state;
    while (true) {
      int next = edge(s, c);
      if (next != NONE) {
        return next;
      }
      if (s == ROOT) {
        return ROOT;
      }
      s = failure[s];
    }
  }

  private int edge(int node, char c) {
    int low = edgeStart[node];
    int high = edgeStart[node + 1] - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      char at = edgeChars[mid];
      if (at < c) {
        low = mid + 1;
      } else if (at > c) {
        high = mid - 1;
      } else {
        return edgeTargets[mid];
      }
    }
    return NONE;
  }

  private void linkFailures(int nodes) {
    int[] queue = new int[nodes];
    int head = 0;
    int tail = 0;
    failure[ROOT] = ROOT;
    outputLink[ROOT] = NONE;
    for (int e = edgeStart[ROOT]; e < edgeStart[ROOT + 1]; e++) {
      int child = edgeTargets[e];
      failure[child] = ROOT;
      outputLink[child] = NONE;
      queue[tail++] = child;
    }
    while (head < tail) {
      int node = queue[head++];
      for (int e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
        int child = edgeTargets[e];
        char c = edgeChars[e];
        int f = failure[node];
        while (f != ROOT && edge(f, c) == NONE) {
          f = failure[f];
        }
        int target = edge(f, c);
        failure[child] = target == NONE ? ROOT : target;
        int link = failure[child];
        outputLink[child] = outputs[link].length > 0 ? link : outputLink[link];
        queue[tail++] = child;
      }
    }
  }

  private boolean casesAgree(int phrase, char[] folded, int first, int mask) {
    char[] expected = exact[phrase];
    if (expected == null) {
      return true;
    }
    for (int k = 0; k < expected.length; k++) {
      if (folded[(first + k) & mask] != expected[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean alignedToWords(CharSequence text, int start, int end) {
    return !insideWord(text, start) && !insideWord(text, end);
  }

  /** Whether offset {@code at} falls between two word characters, ignored characters skipped. */
  private static boolean insideWord(CharSequence text, int at) {
    int before = codePointBefore(text, at);
    int after = codePointFrom(text, at);
    return before != NONE
        && after != NONE
        && Folding.isWordChar(before)
        && Folding.isWordChar(after);
  }

  private static int codePointBefore(CharSequence text, int at) {
    for (int i = at; i > 0; i--) {
      char c = text.charAt(i - 1);
      if (Folding.fold(c) != Folding.IGNORED) {
        return Character.isLowSurrogate(c)
                && i >= 2
                && Character.isHighSurrogate(text.charAt(i - 2))
            ? Character.toCodePoint(text.charAt(i - 2), c)
            : c;
      }
    }
    return NONE;
  }

  private static int codePointFrom(CharSequence text, int at) {
    for (int i = at; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Folding.fold(c) != Folding.IGNORED) {
        return Character.isHighSurrogate(c)
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1))
            ? Character.toCodePoint(c, text.charAt(i + 1))
            : c;
      }
    }
    return NONE;
  }

  /** The matches seen during the pass, before the leftmost-longest selection. */
  private static final class Candidates {
    private int[] data = new int[48];
    private int size;

    void add(int start, int end, int phrase) {
      if (size + 3 > data.length) {
        data = Arrays.copyOf(data, data.length * 2);
      }
      data[size++] = start;
      data[size++] = end;
      data[size++] = phrase;
    }

    <T> List<PhraseMatch<T>> select(List<T> payloads) {
      int count = size / 3;
      Integer[] order = new Integer[count];
      for (int k = 0; k < count; k++) {
        order[k] = k * 3;
      }
      Arrays.sort(
          order,
          Comparator.<Integer>comparingInt(k -> data[k])
              .thenComparing(k -> data[k + 1], Comparator.reverseOrder())
              .thenComparingInt(k -> data[k + 2]));
      List<PhraseMatch<T>> matches = new ArrayList<>();
      int reached = 0;
      for (int k : order) {
        if (data[k] >= reached) {
          matches.add(new PhraseMatch<>(data[k], data[k + 1], payloads.get(data[k + 2])));
          reached = data[k + 1];
        }
      }
      return List.copyOf(matches);
    }
  }

  /**
   * Collects phrases and builds a {@link PhraseMatcher}. Not thread-safe; build once and share the
   * matcher.
   *
   * @param <T> the payload type
   */
  public static final class Builder<T> {
    private final List<T> payloads = new ArrayList<>();
    private final List<char[]> exact = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final List<Map<Character, Integer>> trie = new ArrayList<>();
    private final List<List<Integer>> ends = new ArrayList<>();

    private Builder() {
      newNode();
    }

    /**
     * Adds a phrase with the default case matching of {@link CaseMatching#of(String)}.
     *
     * @throws IllegalArgumentException if the phrase is empty once folded
     */
    public Builder<T> add(String phrase, T payload) {
      requireNonNull(phrase, "phrase is null");
      return add(phrase, payload, CaseMatching.of(phrase));
    }

    /**
     * Adds a phrase. A phrase may be added more than once, with different payloads; where two
     * phrases match the same span, the one added first is reported.
     *
     * @throws IllegalArgumentException if the phrase is empty once folded
     */
    public Builder<T> add(String phrase, T payload, CaseMatching caseMatching) {
      requireNonNull(phrase, "phrase is null");
      requireNonNull(payload, "payload is null");
      requireNonNull(caseMatching, "caseMatching is null");
      String folded = Folding.phrase(phrase);
      if (folded.isEmpty()) {
        throw new IllegalArgumentException("empty phrase: '" + phrase + "'");
      }
      int node = ROOT;
      for (int i = 0; i < folded.length(); i++) {
        char c = Folding.lower(folded.charAt(i));
        Integer next = trie.get(node).get(c);
        if (next == null) {
          next = newNode();
          trie.get(node).put(c, next);
        }
        node = next;
      }
      ends.get(node).add(payloads.size());
      payloads.add(payload);
      exact.add(caseMatching == CaseMatching.SENSITIVE ? folded.toCharArray() : null);
      lengths.add(folded.length());
      return this;
    }

    /** Builds the automaton; the builder may go on collecting for another matcher. */
    public PhraseMatcher<T> build() {
      return new PhraseMatcher<>(this);
    }

    private int newNode() {
      trie.add(new HashMap<>());
      ends.add(new ArrayList<>());
      return trie.size() - 1;
    }
  }
}
