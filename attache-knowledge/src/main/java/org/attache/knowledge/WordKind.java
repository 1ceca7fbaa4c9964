package org.attache.knowledge;

import java.util.Locale;

/** The part of speech a stance word is used as (the {@code kind} column of its data file). */
public enum WordKind {
  VERB,
  NOUN,
  ADJECTIVE,
  ADVERB,
  /** A fixed expression of several words ("it is important that", "thanks to"). */
  PHRASE;

  /** The code in the data file: {@code verb}, {@code noun}, ... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the kind with this code.
   *
   * @throws IllegalArgumentException naming the value when it is not a kind
   */
  public static WordKind fromCode(String code) {
    for (WordKind kind : values()) {
      if (kind.code().equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown word kind: '" + code + "'");
  }
}
