package org.attache.store.merge;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A MinHash sketch of a document's text, by which near-copies are told: the same story published
 * again by another site, with another headline, a line added or the last paragraph cut.
 *
 * <p>The text is folded as {@link Keys#label} folds it (case, accents, punctuation) and cut into
 * its runs of {@value #SHINGLE} words (its shingles; a text of fewer words is one shingle). The
 * sketch keeps, for each of {@value #HASHES} hash functions, the least hash of any shingle: the
 * share of these minima two sketches have in common estimates the Jaccard similarity of their
 * shingle sets. Two texts are <em>near-copies</em> when at least {@value #NEAR_COPY_PERCENT}% of
 * the shingles of the shorter are estimated to be in the longer (its containment), which holds for
 * a copy with a sentence added or removed and fails for two reports of one event written apart.
 *
 * <p>For finding near-copies by index, the minima are grouped in {@value #BANDS} bands of {@value
 * #ROWS}; two texts of Jaccard similarity 0.5 share a band with a chance of 93%, of 0.8 of all but
 * certainly, of 0.2 of 15%. Hashes are FNV-1a and SplitMix64, fixed: the same text gives the same
 * sketch in every process. Building a sketch takes time linear in the text.
 */
public final class TextSketch {
  /** Words per shingle. */
  public static final int SHINGLE = 4;

  /** Minima kept. */
  public static final int HASHES = 64;

  /** Bands of minima for lookups. */
  public static final int BANDS = 20;

  /** Minima per band. */
  public static final int ROWS = 3;

  /** The least containment, in percent, of two near-copies. */
  public static final int NEAR_COPY_PERCENT = 80;

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final int shingles;
  private final long[] minima;

  private TextSketch(int shingles, long[] minima) {
    this.shingles = shingles;
    this.minima = minima;
  }

  /** The sketch of a text. */
  public static TextSketch of(String text) {
    String folded = Keys.label(text);
    if (folded.isEmpty()) {
      return new TextSketch(0, new long[HASHES]);
    }
    List<String> words = List.of(folded.split(" "));
    Set<Long> hashes = new HashSet<>();
    int count = Math.max(1, words.size() - SHINGLE + 1);
    for (int i = 0; i < count; i++) {
      hashes.add(fnv(String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE)))));
    }
    long[] minima = new long[HASHES];
    Arrays.fill(minima, Long.MAX_VALUE);
    for (long hash : hashes) {
      for (int i = 0; i < HASHES; i++) {
        minima[i] = Math.min(minima[i], mix(hash + (i + 1) * GOLDEN));
      }
    }
    return new TextSketch(hashes.size(), minima);
  }

  /** A sketch as stored: its number of distinct shingles and its {@value #HASHES} minima. */
  public static TextSketch stored(int shingles, long[] minima) {
    if (shingles < 0) {
      throw new IllegalArgumentException("A sketch has no negative shingle count: " + shingles);
    }
    if (minima.length != HASHES) {
      throw new IllegalArgumentException(
          "A sketch has " + HASHES + " minima, not " + minima.length);
    }
    return new TextSketch(shingles, minima.clone());
  }

  /** The number of distinct shingles of the text. */
  public int shingles() {
    return shingles;
  }

  /** The minima, one per hash function. */
  public long[] minima() {
    return minima.clone();
  }

  /** One key per band: texts that share a key are worth comparing. Empty for an empty text. */
  public long[] bands() {
    if (shingles == 0) {
      return new long[0];
    }
    long[] bands = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long key = mix(band + 1L);
      for (int row = 0; row < ROWS; row++) {
        key = mix(key ^ minima[band * ROWS + row]);
      }
      bands[band] = key;
    }
    return bands;
  }

  /** The estimated Jaccard similarity of the two texts' shingle sets, 0 to 1. */
  public double similarity(TextSketch other) {
    if (shingles == 0 || other.shingles == 0) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (minima[i] == other.minima[i]) {
        same++;
      }
    }
    return (double) same / HASHES;
  }

  /** The estimated share of the shorter text's shingles that the longer has, 0 to 1. */
  public double containment(TextSketch other) {
    double jaccard = similarity(other);
    if (jaccard == 0) {
      return 0;
    }
    double shared = jaccard / (1 + jaccard) * (shingles + other.shingles);
    return Math.min(1, shared / Math.min(shingles, other.shingles));
  }

  /** Whether the two texts are near-copies of one another. */
  public boolean nearCopy(TextSketch other) {
    return 100 * containment(other) >= NEAR_COPY_PERCENT;
  }

  private static long fnv(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** The finaliser of SplitMix64: every bit of the input moves about half of the output's. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
