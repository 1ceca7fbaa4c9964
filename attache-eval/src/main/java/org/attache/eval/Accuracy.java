package org.attache.eval;

import java.util.OptionalDouble;

/** How many of the compared items were right. */
public record Accuracy(int correct, int total) implements Measure {
  public static final Accuracy ZERO = new Accuracy(0, 0);

  public Accuracy {
    if (correct < 0 || correct > total) {
      throw new IllegalArgumentException("invalid counts: correct " + correct + " of " + total);
    }
  }

  /** The share of right items; empty when nothing was compared. */
  public OptionalDouble value() {
    return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) correct / total);
  }

  /** The sum of both counts, for micro-averaging. */
  public Accuracy plus(Accuracy other) {
    return new Accuracy(correct + other.correct, total + other.total);
  }

  /** One more compared item, right or not. */
  Accuracy add(boolean right) {
    return new Accuracy(correct + (right ? 1 : 0), total + 1);
  }
}
