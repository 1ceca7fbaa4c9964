package org.attache.pipeline.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attache.pipeline.nlp.Sentence;

/** Every mention found in a document, ordered by position, non-overlapping. */
public record Mentions(List<Mention> all) {
  public Mentions {
    List<Mention> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparing(Mention::span));
    all = List.copyOf(sorted);
  }

  /** The mentions inside one sentence, in order. */
  public List<Mention> in(Sentence sentence) {
    List<Mention> found = new ArrayList<>();
    for (Mention mention : all) {
      if (sentence.span().contains(mention.span())) {
        found.add(mention);
      }
    }
    return found;
  }
}
