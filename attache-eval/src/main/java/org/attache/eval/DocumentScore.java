package org.attache.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The figures of one document.
 *
 * @param name the document's name, as in its {@link Case}
 * @param diplomatic whether the gold says the document is diplomatic
 * @param falseAlarm whether the gold says it is not, yet a meeting, statement, agreement, plan,
 *     priorities or establishment was predicted on it
 * @param figures the figures of the sections the gold gives
 * @param misses every error: gold items not found, predictions not matched, wrong fields of pairs,
 *     section by section
 */
public record DocumentScore(
    String name, boolean diplomatic, boolean falseAlarm, Figures figures, List<Miss> misses) {
  public DocumentScore {
    requireNonNull(name, "name is null");
    requireNonNull(figures, "figures is null");
    misses = List.copyOf(misses);
    if (diplomatic && falseAlarm) {
      throw new IllegalArgumentException("a diplomatic document cannot be a false alarm: " + name);
    }
  }
}
