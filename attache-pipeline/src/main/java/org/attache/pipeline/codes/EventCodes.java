package org.attache.pipeline.codes;

import java.util.Set;
import java.util.TreeSet;
import org.attache.pipeline.analysis.WordLists;

/**
 * The CAMEO and PLOVER codes the extractor gives events: those of {@code event-codes.tsv} and the
 * meeting codes of {@code meeting-triggers.tsv}. What a correction of a code may give.
 */
public final class EventCodes {
  /** The PLOVER type of every meeting. */
  static final String MEETING_PLOVER = "CONSULT";

  private EventCodes() {}

  /** Every CAMEO code the extractor gives, such as {@code 043}. */
  public static Set<String> cameo() {
    Set<String> codes = new TreeSet<>();
    for (var row : WordLists.table("event-codes.tsv")) {
      codes.add(row.get(2));
    }
    for (var row : WordLists.table("meeting-triggers.tsv")) {
      codes.add(row.get(row.size() - 1));
    }
    return Set.copyOf(codes);
  }

  /** Every PLOVER event type the extractor gives, such as {@code CONSULT}. */
  public static Set<String> plover() {
    Set<String> codes = new TreeSet<>(Set.of(MEETING_PLOVER));
    for (var row : WordLists.table("event-codes.tsv")) {
      if (row.size() > 3 && !row.get(3).isEmpty()) {
        codes.add(row.get(3));
      }
    }
    return Set.copyOf(codes);
  }
}
