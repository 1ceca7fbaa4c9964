package org.attache.knowledge;

import static java.util.Objects.requireNonNull;

/**
 * One phrase found in a text.
 *
 * @param start offset of the first character of the match in the original text, inclusive
 * @param end offset after the last character of the match in the original text, exclusive
 * @param payload what the phrase stands for
 * @param <T> the payload type
 */
public record PhraseMatch<T>(int start, int end, T payload) {
  public PhraseMatch {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid match span [" + start + ", " + end + ")");
    }
    requireNonNull(payload, "payload is null");
  }

  /** Returns the matched characters of {@code text}, the text the match was found in. */
  public String text(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
