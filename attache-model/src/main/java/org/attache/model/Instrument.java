package org.attache.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The kind of instrument an agreement is (RECORDS.md). Action plans, programmes and road maps are
 * plans, never instruments.
 */
public enum Instrument {
  MEMORANDUM_OF_UNDERSTANDING,
  AGREEMENT,
  TREATY,
  JOINT_STATEMENT,
  DECLARATION,
  PROTOCOL,
  CONVENTION,
  CHARTER,
  CONTRACT;

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
  public static Instrument parse(String code) {
    try {
      return valueOf(code.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown instrument: '" + code + "'", e);
    }
  }
}
