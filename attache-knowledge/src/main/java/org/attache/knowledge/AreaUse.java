package org.attache.knowledge;

import org.attache.model.Vocabulary;

/** How a phrase of the area lexicon counts (the {@code use} column of {@code areas.tsv}). */
public enum AreaUse implements Vocabulary {
  /** Names its areas wherever it stands ("drug trafficking", "e-commerce"). */
  STRONG,
  /**
   * Names its areas only in a sentence that also holds a cue or a strong phrase: "water" in
   * "cooperation in energy and water", not in "two water tenders".
   */
  WEAK,
  /** Names no area, but says that areas are being listed ("cooperation", "fields", "economic"). */
  CUE,
  /** Names no area and keeps the words inside it from being read ("Security Council"). */
  HIDE;

  /** Whether phrases of this use name areas. */
  public boolean namesAreas() {
    return this == STRONG || this == WEAK;
  }
}
