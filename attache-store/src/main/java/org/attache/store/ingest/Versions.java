package org.attache.store.ingest;

/** Compares extractor versions such as {@code 0.1.0} and {@code 0.10.2}, numerically by part. */
final class Versions {
  private Versions() {}

  /** Whether {@code candidate} is a later version than {@code stored}. */
  static boolean newer(String candidate, String stored) {
    String[] a = candidate.split("[.-]");
    String[] b = stored.split("[.-]");
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "0";
      String y = i < b.length ? b[i] : "0";
      int order = compare(x, y);
      if (order != 0) {
        return order > 0;
      }
    }
    return false;
  }

  private static int compare(String x, String y) {
    if (x.chars().allMatch(Character::isDigit) && y.chars().allMatch(Character::isDigit)) {
      String a = x.replaceFirst("^0+(?=.)", "");
      String b = y.replaceFirst("^0+(?=.)", "");
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    return x.compareTo(y);
  }
}
