package org.attache.store.coordination;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.attache.model.error.AttacheException;

/**
 * Where an item of a joint plan stands. Proposed until every party agreed to it; agreed, then
 * scheduled when a date is fixed; held once a person confirmed the evidence (or said so); postponed
 * or cancelled by the partners.
 */
public enum ItemStatus {
  PROPOSED,
  AGREED,
  SCHEDULED,
  HELD,
  POSTPONED,
  CANCELLED;

  /** The status as stored and written: proposed, agreed, ... */
  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * A status by its code.
   *
   * @throws AttacheException (bad input) naming the value
   */
  public static ItemStatus parse(String code) {
    for (ItemStatus status : values()) {
      if (status.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
        return status;
      }
    }
    throw AttacheException.badInput(
        "Not an item status (proposed, agreed, scheduled, held, postponed, cancelled): '"
            + code
            + "'");
  }

  /** Whether the item still counts towards its plan's progress. */
  public boolean counts() {
    return this != CANCELLED;
  }
}
