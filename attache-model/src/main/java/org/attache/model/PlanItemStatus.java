package org.attache.model;

/** Where one joint event of a plan stands (RECORDS.md, plan {@code items}). */
public enum PlanItemStatus implements Vocabulary {
  PLANNED,
  HELD,
  POSTPONED,
  CANCELLED
}
