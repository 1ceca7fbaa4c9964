package org.attache.pipeline.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.model.Span;

/**
 * Every mention found in a document, ordered by position, non-overlapping. Immutable.
 *
 * <p>The mentions of a sentence are found by a binary search on their starts, so that reading them
 * sentence by sentence costs in proportion to the document, not to its square.
 */
public final class Mentions {
  private final List<Mention> all;
  private final int[] starts;
  private final Map<String, Mention> firstCity = new HashMap<>();

  public Mentions(List<Mention> all) {
    List<Mention> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparing(Mention::span));
    this.all = List.copyOf(sorted);
    this.starts = new int[this.all.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = this.all.get(i).span().start();
      Mention mention = this.all.get(i);
      if (mention.kind() == MentionKind.CITY) {
        firstCity.putIfAbsent(mention.value(), mention);
      }
    }
  }

  /** The first mention of a city, by its normal form: how the document names it. */
  public Optional<Mention> firstCity(String value) {
    return Optional.ofNullable(firstCity.get(value));
  }

  /** Every mention, ordered by span. */
  public List<Mention> all() {
    return all;
  }

  /** The mentions inside one sentence, in order. */
  public List<Mention> in(Sentence sentence) {
    Span span = sentence.span();
    List<Mention> found = new ArrayList<>();
    // Ordered by span, the mentions that start inside the sentence are a run: those of them that
    // also end inside it are the ones it contains.
    for (int i = firstStartingAtOrAfter(span.start());
        i < starts.length && starts[i] <= span.end();
        i++) {
      Mention mention = all.get(i);
      if (span.contains(mention.span())) {
        found.add(mention);
      }
    }
    return found;
  }

  private int firstStartingAtOrAfter(int offset) {
    return Sorted.partitionPoint(starts.length, i -> starts[i] < offset);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Mentions that && all.equals(that.all);
  }

  @Override
  public int hashCode() {
    return all.hashCode();
  }

  @Override
  public String toString() {
    return "Mentions[all=" + all + "]";
  }
}
