package org.attache.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

/** One-to-one pairing of gold items with predicted items. */
final class Pairing {
  private Pairing() {}

  /**
   * How well gold item {@code gold} fits predicted item {@code predicted}; empty: they cannot pair.
   */
  @FunctionalInterface
  interface Affinity {
    OptionalDouble of(int gold, int predicted);
  }

  /** How well a gold item fits a predicted item; empty: they cannot pair. */
  @FunctionalInterface
  interface Fit<T> {
    OptionalDouble of(T gold, T predicted);
  }

  /** A gold item's index and the index of the predicted item paired with it. */
  record Pair(int gold, int predicted) {}

  private record Edge(int gold, int predicted, double weight) {}

  private static final Comparator<Edge> PREFERENCE =
      Comparator.comparingDouble(Edge::weight)
          .reversed()
          .thenComparingInt(Edge::gold)
          .thenComparingInt(Edge::predicted);

  /**
   * Pairs greedily: the pairable couples from the best fit down (ties: earlier gold item, then
   * earlier prediction first), each taken when neither item is yet paired. Ordered by gold index.
   */
  static List<Pair> greedy(int golds, int predictions, Affinity affinity) {
    int[] byGold = new int[golds];
    int[] byPredicted = new int[predictions];
    Arrays.fill(byGold, -1);
    Arrays.fill(byPredicted, -1);
    for (Edge edge : edges(golds, predictions, affinity)) {
      if (byGold[edge.gold()] < 0 && byPredicted[edge.predicted()] < 0) {
        byGold[edge.gold()] = edge.predicted();
        byPredicted[edge.predicted()] = edge.gold();
      }
    }
    return pairs(byGold);
  }

  /**
   * Pairs as many items as possible: the greedy pairing, then augmenting paths (Kuhn's algorithm)
   * until no further pair can be made, so the count is the maximum while the greedy preference
   * decides among equally large pairings.
   */
  static List<Pair> maximal(int golds, int predictions, Affinity affinity) {
    List<Edge> edges = edges(golds, predictions, affinity);
    List<List<Integer>> options = new ArrayList<>();
    for (int g = 0; g < golds; g++) {
      options.add(new ArrayList<>());
    }
    for (Edge edge : edges) {
      options.get(edge.gold()).add(edge.predicted());
    }
    int[] byGold = new int[golds];
    int[] byPredicted = new int[predictions];
    for (Pair pair : greedy(golds, predictions, affinity)) {
      byGold[pair.gold()] = pair.predicted() + 1;
      byPredicted[pair.predicted()] = pair.gold() + 1;
    }
    for (int g = 0; g < golds; g++) {
      if (byGold[g] == 0) {
        augment(g, options, byGold, byPredicted, new boolean[predictions]);
      }
    }
    int[] result = new int[golds];
    for (int g = 0; g < golds; g++) {
      result[g] = byGold[g] - 1;
    }
    return pairs(result);
  }

  /** {@link #greedy(int, int, Affinity)} over two lists of items. */
  static <T> List<Pair> greedy(List<T> gold, List<T> predicted, Fit<T> fit) {
    return greedy(gold.size(), predicted.size(), (g, p) -> fit.of(gold.get(g), predicted.get(p)));
  }

  /** {@link #maximal(int, int, Affinity)} over two lists of items. */
  static <T> List<Pair> maximal(List<T> gold, List<T> predicted, Fit<T> fit) {
    return maximal(gold.size(), predicted.size(), (g, p) -> fit.of(gold.get(g), predicted.get(p)));
  }

  /**
   * The misses of the items that no pair uses, in order: each unpaired gold item missed, then each
   * unpaired prediction spurious, as {@code describe} puts them.
   */
  static <T> List<Miss> unpaired(
      Section section,
      List<Pair> pairs,
      List<T> gold,
      List<T> predicted,
      Function<T, String> describe) {
    List<Miss> misses = new ArrayList<>();
    for (int g : unpairedGold(pairs, gold.size())) {
      misses.add(new Miss(section, Miss.Kind.MISSED, describe.apply(gold.get(g))));
    }
    for (int p : unpairedPredicted(pairs, predicted.size())) {
      misses.add(new Miss(section, Miss.Kind.SPURIOUS, describe.apply(predicted.get(p))));
    }
    return misses;
  }

  /** The indices below {@code count} that no pair uses on the gold side. */
  static List<Integer> unpairedGold(List<Pair> pairs, int count) {
    boolean[] used = new boolean[count];
    pairs.forEach(p -> used[p.gold()] = true);
    return unused(used);
  }

  /** The indices below {@code count} that no pair uses on the predicted side. */
  static List<Integer> unpairedPredicted(List<Pair> pairs, int count) {
    boolean[] used = new boolean[count];
    pairs.forEach(p -> used[p.predicted()] = true);
    return unused(used);
  }

  private static boolean augment(
      int gold, List<List<Integer>> options, int[] byGold, int[] byPredicted, boolean[] seen) {
    for (int predicted : options.get(gold)) {
      if (seen[predicted]) {
        continue;
      }
      seen[predicted] = true;
      int holder = byPredicted[predicted] - 1;
      if (holder < 0 || augment(holder, options, byGold, byPredicted, seen)) {
        byGold[gold] = predicted + 1;
        byPredicted[predicted] = gold + 1;
        return true;
      }
    }
    return false;
  }

  private static List<Edge> edges(int golds, int predictions, Affinity affinity) {
    List<Edge> edges = new ArrayList<>();
    for (int g = 0; g < golds; g++) {
      for (int p = 0; p < predictions; p++) {
        OptionalDouble weight = affinity.of(g, p);
        if (weight.isPresent()) {
          edges.add(new Edge(g, p, weight.getAsDouble()));
        }
      }
    }
    edges.sort(PREFERENCE);
    return edges;
  }

  private static List<Pair> pairs(int[] byGold) {
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < byGold.length; g++) {
      if (byGold[g] >= 0) {
        pairs.add(new Pair(g, byGold[g]));
      }
    }
    return List.copyOf(pairs);
  }

  private static List<Integer> unused(boolean[] used) {
    List<Integer> unused = new ArrayList<>();
    for (int i = 0; i < used.length; i++) {
      if (!used[i]) {
        unused.add(i);
      }
    }
    return List.copyOf(unused);
  }
}
