package org.attache.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Normalisation helpers for the compact constructors of the record types. */
final class Checks {
  private Checks() {}

  static <T> Optional<T> opt(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  static <T> List<T> list(List<T> value) {
    return value == null ? List.of() : List.copyOf(value);
  }

  static SortedMap<String, String> map(Map<String, String> value) {
    return value == null ? new TreeMap<>() : new TreeMap<>(value);
  }

  static double confidence(double value) {
    if (value < 0 || value > 1 || Double.isNaN(value)) {
      throw new IllegalArgumentException("confidence must lie in [0, 1]: " + value);
    }
    return Math.round(value * 1000) / 1000.0;
  }
}
