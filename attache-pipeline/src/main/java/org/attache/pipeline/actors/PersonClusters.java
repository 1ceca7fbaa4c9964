package org.attache.pipeline.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.pipeline.analysis.EditDistance;
import org.attache.pipeline.analysis.Mention;

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
    private final Map<String, Integer> spellings = new HashMap<>();
    private final Set<String> indexedUnder = new HashSet<>();
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

    /**
     * Keeps as the person's name the fullest form, and among forms as full the one written most
     * often ("Antony Blinken" over a single "Anthoni Blinken").
     */
    private void add(Mention mention, List<String> words) {
      mentions.add(mention);
      int count = spellings.merge(mention.value(), 1, Integer::sum);
      boolean fuller = words.size() > longest.size();
      boolean moreOften = words.size() == longest.size() && count > spellings.getOrDefault(name, 0);
      if (fuller || moreOften) {
        longest = words;
        name = mention.value();
      }
    }
  }

  private final List<Cluster> clusters = new ArrayList<>();

  /** The clusters by each word of the names they were given: where a mention's match is sought. */
  private final Map<String, List<Cluster>> byWord = new HashMap<>();

  private final Set<String> honorifics;

  PersonClusters(Set<String> honorifics) {
    this.honorifics = honorifics;
  }

  /**
   * Adds a name mention (in document order) and returns the person it joins. Two names that are the
   * same share a word, so only the clusters that share one with the mention are compared.
   */
  Cluster add(Mention mention) {
    List<String> words = words(mention.value());
    Cluster best = null;
    Set<Cluster> seen = new HashSet<>();
    for (String word : words) {
      for (Cluster cluster : byWord.getOrDefault(word, List.of())) {
        if (seen.add(cluster)
            && sameName(words, cluster.longest)
            && (best == null || cluster.lastStart() > best.lastStart())) {
          best = cluster;
        }
      }
    }
    if (best == null) {
      best = new Cluster();
      clusters.add(best);
    }
    best.add(mention, words);
    for (String word : words) {
      if (best.indexedUnder.add(word)) {
        byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(best);
      }
    }
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
    if (a.size() == 2
        && b.size() == 2
        && a.get(1).equals(b.get(1))
        && spellings(a.get(0), b.get(0))) {
      return true;
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

  /**
   * Two spellings of one given name, as transliteration gives them ("Sergei" and "Sergey", "Antony"
   * and "Anthoni"): five letters or more, the same first letter, at most two edits apart.
   */
  static boolean spellings(String a, String b) {
    if (a.length() < 5 || b.length() < 5 || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    return EditDistance.of(a, b) <= 2;
  }
}
