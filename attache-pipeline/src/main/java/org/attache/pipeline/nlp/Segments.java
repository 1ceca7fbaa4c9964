package org.attache.pipeline.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into pieces that can be annotated one by one: at blank lines (which end a sentence
 * anyway), and a piece longer than the limit at its last sentence end or space before the limit.
 */
public final class Segments {
  private Segments() {}

  /** The pieces as [start, end) character ranges covering every non-blank part of the text. */
  public static List<int[]> of(String text, int limit) {
    if (limit < 100) {
      throw new IllegalArgumentException("limit too small: " + limit);
    }
    List<int[]> segments = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int blank = text.indexOf("\n\n", start);
      int end = blank < 0 ? text.length() : blank;
      if (end - start > limit) {
        end = cut(text, start, start + limit);
      }
      if (end > start && !text.substring(start, end).isBlank()) {
        segments.add(new int[] {start, end});
      }
      start = Math.max(end, start + 1);
      while (start < text.length() && text.charAt(start) == '\n') {
        start++;
      }
    }
    return segments;
  }

  private static int cut(String text, int start, int max) {
    int half = start + (max - start) / 2;
    int sentenceEnd = Math.max(text.lastIndexOf(". ", max), text.lastIndexOf(".\n", max));
    if (sentenceEnd > half) {
      return sentenceEnd + 1;
    }
    for (int i = max; i > half; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return max;
  }
}
