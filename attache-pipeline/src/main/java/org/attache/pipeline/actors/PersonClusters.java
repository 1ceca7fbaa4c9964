package org.attache.pipeline.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.pipeline.mentions.Mention;

/**
 * Groups the name mentions of a document into people: "Mr Norov" and "Norov" join "Vladimir Norov";
 * "Tuvshin Badral" joins "Mr Tuvshin Badral". A shorter name joins a longer one when its words are
 * among the longer one's and it has two words or more, or when its one word is the longer name's
 * first or last word. A mention joins the person most recently named that fits.
 */
final class PersonClusters {
  /** One person: every mention of their name, in order. */
  static final class Cluster {
    private final List<Mention> mentions = new ArrayList<>();
    private List<String> longest = List.of();
    private String name = "";

    List<Mention> mentions() {
      return mentions;
    }

    String name() {
      return name;
    }

    int lastStart() {
      return mentions.get(mentions.size() - 1).span().start();
    }

    int firstStart() {
      return mentions.get(0).span().start();
    }

    private void add(Mention mention, List<String> words) {
      mentions.add(mention);
      if (words.size() > longest.size()) {
        longest = words;
        name = mention.value();
      }
    }
  }

  private final List<Cluster> clusters = new ArrayList<>();
  private final Set<String> honorifics;

  PersonClusters(Set<String> honorifics) {
    this.honorifics = honorifics;
  }

  /** Adds a name mention (in document order) and returns the person it joins. */
  Cluster add(Mention mention) {
    List<String> words = words(mention.value());
    Cluster best = null;
    for (Cluster cluster : clusters) {
      if (sameName(words, cluster.longest)
          && (best == null || cluster.lastStart() > best.lastStart())) {
        best = cluster;
      }
    }
    if (best == null) {
      best = new Cluster();
      clusters.add(best);
    }
    best.add(mention, words);
    return best;
  }

  List<Cluster> clusters() {
    return clusters;
  }

  List<String> words(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .trim();
    List<String> words = new ArrayList<>();
    for (String word : folded.split(" ")) {
      if (!word.isEmpty() && !honorifics.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  static boolean sameName(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = a.size() <= b.size() ? b : a;
    if (!longer.containsAll(shorter)) {
      return false;
    }
    if (shorter.size() >= 2 || shorter.equals(longer)) {
      return true;
    }
    String word = shorter.get(0);
    return word.equals(longer.get(0)) || word.equals(longer.get(longer.size() - 1));
  }

  static List<String> split(String folded) {
    return Arrays.asList(folded.split(" "));
  }
}
