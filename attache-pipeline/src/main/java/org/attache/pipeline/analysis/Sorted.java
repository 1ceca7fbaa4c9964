package org.attache.pipeline.analysis;

import java.util.function.IntPredicate;

/** Binary search over anything indexed in order: offsets, spans, mentions. */
public final class Sorted {
  private Sorted() {}

  /**
   * The first index in {@code [0, size)} that is not {@code before}, or {@code size} if every index
   * is; {@code before} must hold for a prefix of the indexes and for none after it. Takes {@code
   * O(log size)} tests.
   */
  public static int partitionPoint(int size, IntPredicate before) {
    int low = 0;
    int high = size;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (before.test(mid)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
