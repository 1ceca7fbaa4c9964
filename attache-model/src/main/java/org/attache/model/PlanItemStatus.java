package org.attache.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where one joint event of a plan stands (RECORDS.md, plan {@code items}). */
public enum PlanItemStatus {
  PLANNED,
  HELD,
  POSTPONED,
  CANCELLED;

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
  public static PlanItemStatus parse(String code) {
    try {
      return valueOf(code.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown plan item status: '" + code + "'", e);
    }
  }
}
