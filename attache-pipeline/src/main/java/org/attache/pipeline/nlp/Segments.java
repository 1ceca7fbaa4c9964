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
    // The next blank line, sought again only once passed: a paragraph cut into many pieces is
    // scanned once, not once per piece.
    int blank = -1;
    while (start < text.length()) {
      if (blank < start && blank != Integer.MAX_VALUE) {
        blank = text.indexOf("\n\n", start);
        blank = blank < 0 ? Integer.MAX_VALUE : blank;
      }
      int end = Math.min(blank, text.length());
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

  /**
   * Where to cut a piece that runs past {@code max}: after the last sentence end (". " or ".\n") in
   * its second half, else at its last space there, else at {@code max}. Only the second half is
   * searched, so that cutting a long text costs in proportion to its length.
   */
  private static int cut(String text, int start, int max) {
    int half = start + (max - start) / 2;
    for (int i = Math.min(max, text.length() - 2); i > half; i--) {
      if (text.charAt(i) == '.' && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n')) {
        return i + 1;
      }
    }
    for (int i = max; i > half; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return max;
  }
}
