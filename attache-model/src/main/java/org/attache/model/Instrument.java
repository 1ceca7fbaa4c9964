package org.attache.model;

/**
 * The kind of instrument an agreement is (RECORDS.md). Action plans, programmes and road maps are
 * plans, never instruments.
 */
public enum Instrument implements Vocabulary {
  MEMORANDUM_OF_UNDERSTANDING,
  AGREEMENT,
  TREATY,
  JOINT_STATEMENT,
  DECLARATION,
  PROTOCOL,
  CONVENTION,
  CHARTER,
  CONTRACT
}
