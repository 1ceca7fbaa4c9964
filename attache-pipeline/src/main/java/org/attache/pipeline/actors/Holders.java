package org.attache.pipeline.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.attache.pipeline.analysis.Mention;

/**
 * The holders of each post, by the starts of their names: the person named nearest a description is
 * found by one look-up rather than among every holder's every mention.
 *
 * <p>A post is keyed by its title and by what it names: {@code "=CODE"} for a post of a state or
 * organisation, {@code "-"} for one that names none, and {@code "*"} for any post of that title.
 */
final class Holders {
  /** Distances after the description count this much more than those before it. */
  private static final int AFTER = 1_000_000;

  private final Map<Key, TreeMap<Integer, PersonClusters.Cluster>> byStart = new HashMap<>();
  private final Map<Key, Set<PersonClusters.Cluster>> indexed = new HashMap<>();
  private final Map<PersonClusters.Cluster, Integer> order = new HashMap<>();

  /** A post as the index keys it. */
  record Key(String title, String of) {}

  static Key key(String title, String of) {
    return new Key(title, of);
  }

  /** Indexes a holder of a post; the holders are ordered as they first got a post. */
  void add(PersonClusters.Cluster holder, PostLink post) {
    order.putIfAbsent(holder, order.size());
    index(key(post.title(), "*"), holder);
    index(key(post.title(), post.of().map(of -> "=" + of).orElse("-")), holder);
  }

  private void index(Key key, PersonClusters.Cluster holder) {
    if (indexed.computeIfAbsent(key, k -> new HashSet<>()).add(holder)) {
      TreeMap<Integer, PersonClusters.Cluster> starts =
          byStart.computeIfAbsent(key, k -> new TreeMap<>());
      for (Mention mention : holder.mentions()) {
        starts.put(mention.span().start(), holder);
      }
    }
  }

  /**
   * The holder of the keyed post named last before the position, else first after it: the one whose
   * nearest name is closest, a name after the position counting {@link #AFTER} more; of two as
   * close, the one that got a post first.
   */
  PersonClusters.Cluster nearest(Key key, int at) {
    TreeMap<Integer, PersonClusters.Cluster> starts = byStart.get(key);
    if (starts == null) {
      return null;
    }
    Map.Entry<Integer, PersonClusters.Cluster> before = starts.floorEntry(at);
    Map.Entry<Integer, PersonClusters.Cluster> after = starts.higherEntry(at);
    if (before == null || after == null) {
      return before != null ? before.getValue() : after == null ? null : after.getValue();
    }
    int beforeDistance = at - before.getKey();
    int afterDistance = AFTER + after.getKey() - at;
    if (beforeDistance != afterDistance) {
      return beforeDistance < afterDistance ? before.getValue() : after.getValue();
    }
    return order.get(before.getValue()) <= order.get(after.getValue())
        ? before.getValue()
        : after.getValue();
  }
}
