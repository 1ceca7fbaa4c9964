package org.attache.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of joint event a plan item is (RECORDS.md, plan {@code items}). */
public enum PlanItemKind {
  MEETING,
  VISIT,
  CONFERENCE,
  EXHIBITION,
  FESTIVAL,
  TRAINING,
  EXERCISE,
  PUBLICATION,
  OTHER;

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
  public static PlanItemKind parse(String code) {
    try {
      return valueOf(code.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown plan item kind: '" + code + "'", e);
    }
  }
}
