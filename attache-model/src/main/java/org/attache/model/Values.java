package org.attache.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the compact constructors of the record types do with their values: keep unmodifiable copies
 * of collections, so that no holder of a record can change it, and read a {@code null} as absent
 * ({@link Optional#empty()} or an empty collection). Refusing {@code null} outright waits for the
 * tests and fixtures that still pass it.
 */
final class Values {
  private Values() {}

  static <T> Optional<T> opt(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  static <T> List<T> list(List<T> value) {
    return value == null ? List.of() : List.copyOf(value);
  }

  static SortedMap<String, String> map(Map<String, String> value) {
    return Collections.unmodifiableSortedMap(
        value == null ? new TreeMap<>() : new TreeMap<>(value));
  }

  static double confidence(double value) {
    if (value < 0 || value > 1 || Double.isNaN(value)) {
      throw new IllegalArgumentException("confidence must lie in [0, 1]: " + value);
    }
    return Math.round(value * 1000) / 1000.0;
  }
}
