package org.attache.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the compact constructors of the record types do with their values: refuse {@code null} with
 * a {@link NullPointerException} naming the field (absent is {@link Optional#empty()} or an empty
 * collection), and keep unmodifiable copies of collections, so that no holder of a record can
 * change it.
 */
final class Values {
  private Values() {}

  static <T> Optional<T> opt(Optional<T> value, String name) {
    return requireNonNull(value, () -> name + " is null: absent is Optional.empty()");
  }

  static <T> List<T> list(List<T> value, String name) {
    return List.copyOf(requireNonNull(value, () -> name + " is null: none is an empty list"));
  }

  static SortedMap<String, String> map(Map<String, String> value, String name) {
    return Collections.unmodifiableSortedMap(
        new TreeMap<>(requireNonNull(value, () -> name + " is null: none is an empty map")));
  }

  static double confidence(double value) {
    if (value < 0 || value > 1 || Double.isNaN(value)) {
      throw new IllegalArgumentException("confidence must lie in [0, 1]: " + value);
    }
    return Math.round(value * 1000) / 1000.0;
  }
}
