package org.attache.model;

/** What kind of joint event a plan item is (RECORDS.md, plan {@code items}). */
public enum PlanItemKind implements Vocabulary {
  MEETING,
  VISIT,
  CONFERENCE,
  EXHIBITION,
  FESTIVAL,
  TRAINING,
  EXERCISE,
  PUBLICATION,
  OTHER
}
