package org.attache.store.ingest;

/**
 * Compares extractor versions such as {@code 0.1.0}, {@code 0.10.2} or {@code 0.1.0+3f9a0c2e71b4}:
 * a release, compared numerically by part, and after a '+' the digest of the sources of one build
 * of it, which has no order.
 */
final class Versions {
  private Versions() {}

  /**
   * Whether records made by the extractor {@code candidate} replace those stored by {@code stored}.
   * A later release replaces an earlier one and never the reverse; within one release, a build of
   * other sources replaces the stored one, since builds have no order and the stored records should
   * follow the rules of the extractor that runs. The same version replaces nothing.
   */
  static boolean replaces(String candidate, String stored) {
    int order = compareReleases(release(candidate), release(stored));
    if (order != 0) {
      return order > 0;
    }
    return !build(candidate).equals(build(stored));
  }

  private static String release(String version) {
    int plus = version.indexOf('+');
    return plus < 0 ? version : version.substring(0, plus);
  }

  private static String build(String version) {
    int plus = version.indexOf('+');
    return plus < 0 ? "" : version.substring(plus + 1);
  }

  private static int compareReleases(String candidate, String stored) {
    String[] a = candidate.split("[.-]");
    String[] b = stored.split("[.-]");
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "0";
      String y = i < b.length ? b[i] : "0";
      int order = compare(x, y);
      if (order != 0) {
        return order;
      }
    }
    return 0;
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
