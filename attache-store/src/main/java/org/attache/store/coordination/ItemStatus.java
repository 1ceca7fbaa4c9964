package org.attache.store.coordination;

import org.attache.model.Vocabulary;
import org.attache.model.error.AttacheException;

/**
 * Where an item of a joint plan stands. Proposed until every party agreed to it; agreed, then
 * scheduled when a date is fixed; held once a person confirmed the evidence (or said so); postponed
 * or cancelled by the partners.
 */
public enum ItemStatus implements Vocabulary {
  PROPOSED,
  AGREED,
  SCHEDULED,
  HELD,
  POSTPONED,
  CANCELLED;

  /**
   * A status by its code.
   *
   * @throws AttacheException (bad input) naming the value
   */
  public static ItemStatus parse(String code) {
    return Vocabulary.lookup(ItemStatus.class, code)
        .orElseThrow(
            () ->
                AttacheException.badInput(
                    "Not an item status (proposed, agreed, scheduled, held, postponed, cancelled): '"
                        + code
                        + "'"));
  }

  /** Whether the item still counts towards its plan's progress. */
  public boolean counts() {
    return this != CANCELLED;
  }
}
