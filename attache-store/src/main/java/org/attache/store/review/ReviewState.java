package org.attache.store.review;

import org.attache.model.Vocabulary;

/** Where an assertion stands: as the machine made it, or as a person decided. */
public enum ReviewState implements Vocabulary {
  MACHINE,
  CONFIRMED,
  CORRECTED,
  REJECTED;

  /**
   * Reads a state as stored.
   *
   * @throws IllegalArgumentException naming the value when it is not a state
   */
  public static ReviewState parse(String code) {
    return Vocabulary.parse(ReviewState.class, code);
  }
}
