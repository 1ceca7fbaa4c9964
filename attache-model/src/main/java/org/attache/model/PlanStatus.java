package org.attache.model;

/** Where a joint plan stands. */
public enum PlanStatus implements Vocabulary {
  PROPOSED,
  DRAFTING,
  APPROVED,
  IN_PROGRESS,
  IMPLEMENTED,
  CANCELLED
}
