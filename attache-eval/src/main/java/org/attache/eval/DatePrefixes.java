package org.attache.eval;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the scoring rules compare dates: one must be a prefix of the other at a component boundary
 * ({@code 2021} matches {@code 2021-02-08}, {@code 2021-02} does not match {@code 2021-03-01})
 * unless both are full dates, which must then be the same day.
 */
final class DatePrefixes {
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  private DatePrefixes() {}

  /** Whether two given dates match. */
  static boolean match(String a, String b) {
    if (FULL_DATE.matcher(a).matches() && FULL_DATE.matcher(b).matches()) {
      return a.substring(0, 10).equals(b.substring(0, 10));
    }
    boolean aShorter = a.length() <= b.length();
    String shorter = aShorter ? a : b;
    String longer = aShorter ? b : a;
    if (shorter.isEmpty() || !longer.startsWith(shorter)) {
      return false;
    }
    return longer.length() == shorter.length()
        || !Character.isDigit(longer.charAt(shorter.length()));
  }

  /**
   * Whether two possibly unknown dates allow pairing: an unknown date on either side does not
   * forbid it; two known dates must match.
   */
  static boolean compatible(Optional<String> a, Optional<String> b) {
    return a.isEmpty() || b.isEmpty() || match(a.get(), b.get());
  }

  /**
   * Whether a predicted date is right: both unknown, or both known and matching. A date predicted
   * where the gold has none is a guess and counts as wrong.
   */
  static boolean correct(Optional<String> gold, Optional<String> predicted) {
    if (gold.isEmpty() || predicted.isEmpty()) {
      return gold.isEmpty() && predicted.isEmpty();
    }
    return match(gold.get(), predicted.get());
  }

  /** The year of a date ({@code 2005} of {@code 2005-06-12}), when it starts with one. */
  static Optional<String> year(Optional<String> date) {
    return date.filter(
            d -> d.length() >= 4 && d.substring(0, 4).chars().allMatch(Character::isDigit))
        .map(d -> d.substring(0, 4));
  }
}
