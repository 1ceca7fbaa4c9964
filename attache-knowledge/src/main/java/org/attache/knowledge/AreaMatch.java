package org.attache.knowledge;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.attache.model.Area;

/**
 * A wording of an area found in a text.
 *
 * @param start offset of the first character of the match, inclusive
 * @param end offset after the last character of the match, exclusive
 * @param phrase the lexicon entry that matched, strong or weak
 * @param counted whether the match counts in its text: always for a strong phrase; for a weak one,
 *     only when its sentence also holds a cue or a strong phrase
 */
public record AreaMatch(int start, int end, AreaPhrase phrase, boolean counted) {
  public AreaMatch {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid match span [" + start + ", " + end + ")");
    }
    requireNonNull(phrase, "phrase is null");
    if (!phrase.use().namesAreas()) {
      throw new IllegalArgumentException("phrase names no areas: '" + phrase.phrase() + "'");
    }
    if (phrase.use() == AreaUse.STRONG && !counted) {
      throw new IllegalArgumentException(
          "a strong phrase always counts: '" + phrase.phrase() + "'");
    }
  }

  /** The areas the phrase names. */
  public Set<Area> areas() {
    return phrase.areas();
  }

  /** Returns the matched characters of {@code text}, the text the match was found in. */
  public String text(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
