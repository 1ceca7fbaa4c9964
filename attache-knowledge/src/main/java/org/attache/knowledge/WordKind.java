package org.attache.knowledge;

import org.attache.model.Vocabulary;

/** The part of speech a stance word is used as (the {@code kind} column of its data file). */
public enum WordKind implements Vocabulary {
  VERB,
  NOUN,
  ADJECTIVE,
  ADVERB,
  /** A fixed expression of several words ("it is important that", "thanks to"). */
  PHRASE;
}
