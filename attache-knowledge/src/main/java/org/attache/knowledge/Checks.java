package org.attache.knowledge;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;

/** Validation helpers for the compact constructors of the value types. */
final class Checks {
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");

  private Checks() {}

  static String text(String value, String name) {
    requireNonNull(value, name + " is null");
    if (value.isBlank() || !value.equals(value.strip())) {
      throw new IllegalArgumentException(
          name + " must be non-blank without outer spaces: '" + value + "'");
    }
    return value;
  }

  static List<String> texts(List<String> values, String name) {
    requireNonNull(values, name + " is null");
    List<String> copy = List.copyOf(values);
    for (String value : copy) {
      text(value, name + " entry");
    }
    return copy;
  }

  static String alpha3(String value, String name) {
    return code(value, name, ALPHA3, "alpha-3");
  }

  static String alpha2(String value, String name) {
    return code(value, name, ALPHA2, "alpha-2");
  }

  private static String code(String value, String name, Pattern pattern, String kind) {
    requireNonNull(value, name + " is null");
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name + " is not an ISO 3166-1 " + kind + " code: '" + value + "'");
    }
    return value;
  }
}
