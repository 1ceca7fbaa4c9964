package org.attache.pipeline.mentions;

import java.util.List;
import java.util.Optional;
import org.attache.pipeline.analysis.Sorted;
import org.attache.pipeline.analysis.Token;

/** Maps a character range onto the tokens it covers, by binary search over token offsets. */
final class TokenAligner {
  private final int[] starts;
  private final int[] ends;

  TokenAligner(List<Token> tokens) {
    starts = new int[tokens.size()];
    ends = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      starts[i] = tokens.get(i).start();
      ends[i] = tokens.get(i).end();
    }
  }

  /**
   * The first and last token that the range [start, end) overlaps, or empty where it overlaps none.
   * A range may cover part of a token ("SCO" in "SCO-ASEAN").
   */
  Optional<int[]> align(int start, int end) {
    int first = firstEndingAfter(start);
    if (first >= starts.length || starts[first] >= end) {
      return Optional.empty();
    }
    int last = first;
    while (last + 1 < starts.length && starts[last + 1] < end) {
      last++;
    }
    return Optional.of(new int[] {first, last});
  }

  private int firstEndingAfter(int offset) {
    return Sorted.partitionPoint(ends.length, i -> ends[i] <= offset);
  }
}
