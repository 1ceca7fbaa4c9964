package org.attache.store.coordination;

import java.util.Collection;

/**
 * How far a set of items got: how many count (all but the cancelled), how many of them were held,
 * and how many are overdue (their planned date passed with nothing confirmed).
 *
 * @param share held over counted, 0 when none count
 */
public record Progress(int held, int counted, int overdue, double share) {
  public Progress {
    if (held < 0 || counted < held || overdue < 0 || overdue > counted) {
      throw new IllegalArgumentException(
          "Not a progress: " + held + " held, " + counted + " counted, " + overdue + " overdue");
    }
  }

  /** The progress of some items. */
  public static Progress of(Collection<JointItem> items) {
    int held = 0;
    int counted = 0;
    int overdue = 0;
    for (JointItem item : items) {
      if (item.status().counts()) {
        counted++;
        if (item.status() == ItemStatus.HELD) {
          held++;
        }
        if (item.overdue()) {
          overdue++;
        }
      }
    }
    return new Progress(held, counted, overdue, counted == 0 ? 0 : (double) held / counted);
  }

  /** The share as a whole percentage: 25 for a quarter. */
  public long percent() {
    return Math.round(share * 100);
  }
}
