package org.attache.model;

/** The spirit of a statement (RECORDS.md). */
public enum Stance implements Vocabulary {
  COMMENT,
  INTENT_TO_COOPERATE,
  APPEAL,
  SUPPORT,
  PRAISE,
  THANKS,
  CONDOLENCE,
  CRITICISM,
  REJECTION,
  AGREEMENT
}
