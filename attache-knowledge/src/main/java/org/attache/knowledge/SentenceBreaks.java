package org.attache.knowledge;

import java.util.Arrays;

/**
 * Rough sentence breaks of a text, enough to tell which words share a sentence: a sentence ends
 * after {@code . ! ? …} (closing quotes and brackets included) that a space or the end of the text
 * follows, and at a blank line. Abbreviations ("Mr.") cut a sentence short; this errs towards
 * smaller sentences. The pipeline's own sentences are better where they exist.
 */
final class SentenceBreaks {
  /** Offsets where a sentence other than the first starts, ascending. */
  private final int[] starts;

  private SentenceBreaks(int[] starts) {
    this.starts = starts;
  }

  static SentenceBreaks of(CharSequence text) {
    int[] found = new int[8];
    int size = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int next = -1;
      if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
        int j = i + 1;
        while (j < n && closes(text.charAt(j))) {
          j++;
        }
        if (j < n && Character.isWhitespace(text.charAt(j))) {
          next = j;
        }
      } else if (c == '\n') {
        int j = i + 1;
        while (j < n && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        if (j < n && text.charAt(j) == '\n') {
          next = j;
        }
      }
      if (next > 0 && (size == 0 || found[size - 1] < next)) {
        if (size == found.length) {
          found = Arrays.copyOf(found, size * 2);
        }
        found[size++] = next;
      }
    }
    return new SentenceBreaks(Arrays.copyOf(found, size));
  }

  /** The index of the sentence that holds {@code offset}, counting from 0. */
  int sentenceAt(int offset) {
    int at = Arrays.binarySearch(starts, offset);
    return at >= 0 ? at + 1 : -at - 1;
  }

  /** The number of sentences. */
  int count() {
    return starts.length + 1;
  }

  private static boolean closes(char c) {
    return switch (c) {
      case '"', '\'', ')', ']', '\u2019', '\u201D', '\u00BB' -> true;
      default -> false;
    };
  }
}
