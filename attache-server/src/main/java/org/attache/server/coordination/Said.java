package org.attache.server.coordination;

import java.util.List;
import java.util.Optional;
import org.attache.server.records.Words;
import org.attache.store.coordination.JointItem;
import org.attache.store.coordination.Progress;

/** The workspace's values in words, for its pages and its brief. */
public final class Said {
  private Said() {}

  /** "1 of 4 items held (25%)", and how many are overdue. */
  public static String progress(Progress p) {
    return p.held()
        + " of "
        + Words.count(p.counted(), "item", "items")
        + " held ("
        + p.percent()
        + "%)"
        + (p.overdue() > 0 ? ", " + p.overdue() + " overdue" : "");
  }

  /** When an item is planned, in words: "February 2021", "10 May 2022 to 12 May 2022". */
  public static String planned(JointItem item) {
    return item.plannedFrom()
        .map(
            f ->
                Words.date(f)
                    + item.plannedTo()
                        .filter(t -> !t.equals(f))
                        .map(t -> " to " + Words.date(t))
                        .orElse(""))
        .orElse("–");
  }

  /** A date in words, or a dash. */
  public static String date(Optional<String> iso) {
    return iso.map(Words::date).orElse("–");
  }

  /** Parties' codes as a list in a sentence: "SCO and ASEAN". */
  public static String parties(List<String> codes) {
    return Words.series(codes);
  }

  /** A status code in words: "in progress". */
  public static String status(String code) {
    return Words.of(code);
  }
}
