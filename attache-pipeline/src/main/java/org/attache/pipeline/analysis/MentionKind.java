package org.attache.pipeline.analysis;

/** What a mention names. */
public enum MentionKind {
  /** A state by its name or a variant ("the People's Republic of China", "PRC"). */
  STATE,
  /** A state by its adjective or demonym ("Uzbek", "Indonesian"). */
  DEMONYM,
  /** A city, with the country it lies in. */
  CITY,
  /** An organisation by its name or acronym. */
  ORGANISATION,
  /** A post title ("Secretary-General", "Ambassador Extraordinary and Plenipotentiary"). */
  TITLE,
  /** A person's name. */
  PERSON
}
