package org.attache.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The spirit of a statement (RECORDS.md). */
public enum Stance {
  COMMENT,
  INTENT_TO_COOPERATE,
  APPEAL,
  SUPPORT,
  PRAISE,
  THANKS,
  CONDOLENCE,
  CRITICISM,
  REJECTION,
  AGREEMENT;

  /** The value as written in records: the constant's name in lower case. */
  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a value as written in records.
   *
   * @throws IllegalArgumentException naming the value when it is not in the vocabulary
   */
  @JsonCreator
  public static Stance parse(String code) {
    try {
      return valueOf(code.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown stance: '" + code + "'", e);
    }
  }
}
