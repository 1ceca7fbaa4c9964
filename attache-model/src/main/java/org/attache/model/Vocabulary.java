package org.attache.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A closed list of values, an enum, written in records and data files as the constant's name in
 * lower case ({@code in_force}). The record codec reads every vocabulary with {@link #parse}.
 */
public interface Vocabulary {
  /** The constant's name, as the enum gives it. */
  String name();

  /** The value as written: the constant's name in lower case. */
  @JsonValue
  default String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a value as written in records, in any case and with white space around it.
   *
   * @throws IllegalArgumentException naming the vocabulary and the value when the value is not in
   *     it: {@code unknown plan status: 'late'}
   */
  static <E extends Vocabulary> E parse(Class<E> type, String code) {
    return lookup(type, code).orElseThrow(() -> unknown(type, code));
  }

  /**
   * The value a code names, in any case and with white space around it; empty when none does, so
   * that the caller can say in its own words what the values are.
   */
  static <E extends Vocabulary> Optional<E> lookup(Class<E> type, String code) {
    String name = code.trim().toUpperCase(Locale.ROOT);
    return first(type, value -> value.name().equals(name));
  }

  /**
   * Reads a value written exactly as its {@link #code()}, as the data files write it.
   *
   * @throws IllegalArgumentException naming the vocabulary and the value when the value is not in
   *     it
   */
  static <E extends Vocabulary> E parseCode(Class<E> type, String code) {
    return first(type, value -> value.code().equals(code)).orElseThrow(() -> unknown(type, code));
  }

  private static <E extends Vocabulary> Optional<E> first(Class<E> type, Predicate<E> wanted) {
    return Arrays.stream(type.getEnumConstants()).filter(wanted).findFirst();
  }

  private static IllegalArgumentException unknown(Class<?> type, String code) {
    String words = type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ");
    return new IllegalArgumentException(
        "unknown " + words.toLowerCase(Locale.ROOT) + ": '" + code + "'");
  }
}
