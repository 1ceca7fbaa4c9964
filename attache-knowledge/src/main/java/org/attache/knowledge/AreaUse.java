package org.attache.knowledge;

import java.util.Locale;

/** How a phrase of the area lexicon counts (the {@code use} column of {@code areas.tsv}). */
public enum AreaUse {
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

  /** The code in the data file: {@code strong}, {@code weak}, {@code cue} or {@code hide}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether phrases of this use name areas. */
  public boolean namesAreas() {
    return this == STRONG || this == WEAK;
  }

  /**
   * Returns the use with this code.
   *
   * @throws IllegalArgumentException naming the value when it is not a use
   */
  public static AreaUse fromCode(String code) {
    for (AreaUse use : values()) {
      if (use.code().equals(code)) {
        return use;
      }
    }
    throw new IllegalArgumentException("unknown area use: '" + code + "'");
  }
}
