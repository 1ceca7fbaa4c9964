package org.attache.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.attache.pipeline.read.SourceDocument;

/**
 * Near-copies of a document as other outlets make them, each a text as the store sketches it
 * (title, blank line, body): the document itself, then republished (another headline, a dateline, a
 * footer), cut by its last third, edited (one word in eight changed, a sentence dropped, one added)
 * and its lead alone (the first two fifths of its sentences). Deterministic for a seed.
 */
final class NearCopies {
  private static final List<String> OTHER_WORDS =
      List.of("also", "further", "notably", "reportedly", "officially", "recently", "again");

  private NearCopies() {}

  static List<String> of(SourceDocument document, long seed) {
    Random random = new Random(seed);
    String title = document.title().orElse("News");
    List<String> sentences = sentences(document.body());
    List<String> versions = new ArrayList<>();
    versions.add(document.text());
    versions.add(
        "Agency: "
            + title
            + " (updated)\n\nCAPITAL, (Agency) — "
            + document.body()
            + "\n\nFollow the agency on social networks for the latest news from the region.");
    versions.add(
        "Read: " + title + "\n\n" + String.join(" ", sentences.subList(0, cut(sentences, 2, 3))));
    versions.add(title + "\n\n" + edited(sentences, random));
    versions.add(
        "In brief: "
            + title
            + "\n\n"
            + String.join(" ", sentences.subList(0, cut(sentences, 2, 5))));
    return versions;
  }

  private static int cut(List<String> sentences, int numerator, int denominator) {
    return Math.max(1, sentences.size() * numerator / denominator);
  }

  private static String edited(List<String> sentences, Random random) {
    List<String> kept = new ArrayList<>(sentences);
    if (kept.size() > 2) {
      kept.remove(1 + random.nextInt(kept.size() - 1));
    }
    kept.add("The ministry's press service reported this on its website.");
    StringBuilder out = new StringBuilder();
    int word = 0;
    for (String sentence : kept) {
      for (String w : sentence.split(" ")) {
        if (++word % 8 == 0) {
          w = OTHER_WORDS.get(random.nextInt(OTHER_WORDS.size()));
        }
        out.append(w).append(' ');
      }
    }
    return out.toString().strip();
  }

  /** Sentences by a plain rule: a full stop, question or exclamation mark and a space. */
  private static List<String> sentences(String body) {
    return Arrays.stream(body.replace('\n', ' ').split("(?<=[.!?])\\s+"))
        .filter(s -> !s.isBlank())
        .toList();
  }
}
