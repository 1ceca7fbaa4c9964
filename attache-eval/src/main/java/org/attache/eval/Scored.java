package org.attache.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The figures of one section of one document, with the errors behind them. */
record Scored<F>(F figures, List<Miss> misses) {
  Scored {
    requireNonNull(figures, "figures is null");
    misses = List.copyOf(misses);
  }
}
