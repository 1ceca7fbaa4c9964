package org.attache.store.watch;

import org.attache.model.Vocabulary;
import org.attache.model.error.AttacheException;

/** What a user may follow. */
public enum WatchKind implements Vocabulary {
  /** A person or an organisation: {@code person:12}, {@code organisation:3}. */
  ACTOR,
  /** Two actors together: {@code organisation:3 organisation:7}. */
  PAIR,
  /** An area of cooperation: {@code trade}. */
  AREA,
  /** A plan, by its event number. */
  PLAN,
  /** A saved search: words as the search box takes them. */
  SEARCH;

  /**
   * The kind a code names.
   *
   * @throws AttacheException (bad input) naming a code that is no kind
   */
  public static WatchKind parse(String code) {
    return Vocabulary.lookup(WatchKind.class, code)
        .orElseThrow(
            () ->
                AttacheException.badInput(
                    "One follows an actor, a pair, an area, a plan or a search, not '"
                        + code
                        + "'"));
  }
}
