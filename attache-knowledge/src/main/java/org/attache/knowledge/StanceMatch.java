package org.attache.knowledge;

import static java.util.Objects.requireNonNull;

/**
 * A stance word found in a text.
 *
 * @param start offset of the first character of the match, inclusive
 * @param end offset after the last character of the match, exclusive
 * @param word the lexicon entry of the form found
 */
public record StanceMatch(int start, int end, StanceWord word) {
  public StanceMatch {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid match span [" + start + ", " + end + ")");
    }
    requireNonNull(word, "word is null");
  }

  /** Returns the matched characters of {@code text}, the text the match was found in. */
  public String text(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
