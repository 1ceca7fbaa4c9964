package org.attache.store.review;

import java.util.Locale;

/** Where an assertion stands: as the machine made it, or as a person decided. */
public enum ReviewState {
  MACHINE,
  CONFIRMED,
  CORRECTED,
  REJECTED;

  /** The value as stored: the constant's name in lower case. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a state as stored.
   *
   * @throws IllegalArgumentException naming the value when it is not a state
   */
  public static ReviewState parse(String code) {
    try {
      return valueOf(code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown review state: '" + code + "'", e);
    }
  }
}
