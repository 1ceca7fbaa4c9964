package org.attache.pipeline.triage;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.knowledge.KnowledgeBase;
import org.attache.pipeline.WordLists;

/**
 * A cheap first pass over a document's raw text that decides whether it can hold a record, so that
 * a document that cannot skips the full analysis. A document can hold a record when it names at
 * least one state, organisation or post title of the knowledge base and holds at least one trigger
 * word: a word of a meeting trigger, an instrument, a plan noun, a founding verb, a priority word,
 * or a word of reported speech from the stance lexicon.
 *
 * <p>Trigger words are matched by their stem on the start of a lower-cased word ("talk" in "talks",
 * "receiv" in "received"), plus the irregular forms in {@code triage-forms.txt}; the rule is loose
 * on purpose: it may let through a document without a record, never drop one with a record.
 * Immutable and safe to share between threads.
 */
public final class Triage {
  private static final int SHORTEST_STEM = 3;

  private final KnowledgeBase knowledge;
  private final Set<String> stems;

  public Triage(KnowledgeBase knowledge) {
    this.knowledge = requireNonNull(knowledge, "knowledge is null");
    Set<String> words = new HashSet<>();
    Set<String> ignored = WordLists.load("triage-ignored.txt");
    addWords(words, firstColumn("meeting-triggers.tsv"), ignored);
    addWords(words, firstColumn("instruments.tsv"), ignored);
    addWords(words, firstColumn("plan-nouns.tsv"), ignored);
    addWords(words, firstColumn("establishment-words.tsv"), ignored);
    addWords(words, firstColumn("priority-words.tsv"), ignored);
    addWords(words, WordLists.load("triage-forms.txt"), ignored);
    for (var word : knowledge.stances().words()) {
      addWords(words, word.forms(), ignored);
    }
    Set<String> stemmed = new HashSet<>();
    for (String word : words) {
      stemmed.add(stem(word));
    }
    this.stems = Set.copyOf(stemmed);
  }

  /** Whether the text names an actor the knowledge base knows and holds a trigger word. */
  public boolean canHoldRecord(String text) {
    return hasTriggerWord(text) && !knowledge.find(text).isEmpty();
  }

  /** Whether the text holds a word that starts with the stem of a trigger word. */
  boolean hasTriggerWord(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < lower.length()) {
      while (i < lower.length() && !Character.isLetter(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < lower.length() && Character.isLetter(lower.charAt(i))) {
        i++;
      }
      for (int end = start + SHORTEST_STEM; end <= i; end++) {
        if (stems.contains(lower.substring(start, end))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> firstColumn(String list) {
    return WordLists.table(list).stream().map(row -> row.get(0)).toList();
  }

  private static void addWords(Set<String> words, Iterable<String> phrases, Set<String> ignored) {
    for (String phrase : phrases) {
      for (String word : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (word.length() >= SHORTEST_STEM && !ignored.contains(word)) {
          words.add(word);
        }
      }
    }
  }

  /** The word without a final "e", "s" or "es", so that its inflected forms start with it. */
  static String stem(String word) {
    String stem = word;
    if (stem.endsWith("ies") && stem.length() > SHORTEST_STEM + 2) {
      stem = stem.substring(0, stem.length() - 3);
    } else if (stem.endsWith("s") && stem.length() > SHORTEST_STEM) {
      stem = stem.substring(0, stem.length() - 1);
    }
    if (stem.endsWith("e") && stem.length() > SHORTEST_STEM) {
      stem = stem.substring(0, stem.length() - 1);
    }
    if (stem.endsWith("y") && stem.length() > SHORTEST_STEM) {
      stem = stem.substring(0, stem.length() - 1);
    }
    return stem;
  }
}
