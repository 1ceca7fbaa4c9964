package org.attache.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * One error of a prediction, described in words so that errors can be grouped by cause.
 *
 * @param section where the error is
 * @param kind whether a gold item was not found, a prediction matched nothing, or a paired item has
 *     a wrong field
 * @param detail the item in the reduced form, and for a wrong field what the gold and the
 *     prediction say
 */
public record Miss(Section section, Kind kind, String detail) {
  public Miss {
    requireNonNull(section, "section is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(detail, "detail is null");
  }

  /** A paired item with a field that differs: {@code "date of <item>, predicted <value>"}. */
  static Miss wrong(Section section, String field, String item, String predicted) {
    return new Miss(section, Kind.WRONG, field + " of " + item + ", predicted " + predicted);
  }

  /** A paired item with a set that differs: {@code "areas of <item>, missed [a], spurious [b]"}. */
  static Miss wrong(
      Section section, String field, String item, List<String> missed, List<String> spurious) {
    return new Miss(
        section,
        Kind.WRONG,
        field
            + " of "
            + item
            + ", missed ["
            + String.join(", ", missed)
            + "], spurious ["
            + String.join(", ", spurious)
            + "]");
  }

  /** What went wrong. */
  public enum Kind {
    /** A gold item that no prediction matched. */
    MISSED,
    /** A predicted item that matched no gold item. */
    SPURIOUS,
    /** A predicted item paired with a gold item, with a field that differs. */
    WRONG;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
