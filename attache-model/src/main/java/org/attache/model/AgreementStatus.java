package org.attache.model;

/** Where an agreement stands. */
public enum AgreementStatus implements Vocabulary {
  SIGNED,
  IN_FORCE,
  EXPIRED,
  NEGOTIATING
}
