package org.attache.pipeline.triage;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.attache.knowledge.Entity;
import org.attache.knowledge.KnowledgeBase;
import org.attache.knowledge.PhraseMatch;
import org.attache.model.Span;
import org.attache.pipeline.analysis.WordLists;

/**
 * A cheap first pass over a document's raw text that decides whether it can hold a record, so that
 * a document that cannot skips the full analysis. A document can hold a record when it names at
 * least one state, organisation or post title of the knowledge base and holds at least one trigger
 * word: a word of a meeting trigger, an instrument, a plan noun, a founding verb, a priority word,
 * or a word of reported speech from the stance lexicon.
 *
 * <p>Trigger words are matched by their stem, with or without an inflection ("talk" in "talks",
 * "receiv" in "received" and "receiving"), plus the irregular forms in {@code triage-forms.txt};
 * words too common to tell anything ({@code triage-ignored.txt}) are no triggers. The rule is loose
 * on purpose: it may let through a document without a record, never drop one with a record.
 * Immutable and safe to share between threads.
 */
public final class Triage {
  private static final int SHORTEST_STEM = 3;
  private static final int PREFIX_STEM = 6;
  private static final List<String> INFLECTIONS = List.of("ing", "ed", "d");
  private static final Pattern DATE =
      Pattern.compile(
          "\\b(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember|October"
              + "|(?:1[89]|20)\\d\\d)\\b");

  private static final Pattern LIST_ITEM =
      Pattern.compile("(?:\\d{1,2}[.)]|[-\u2013\u2014\u2022*\u25aa])\\s");

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
    Set<String> ignoredStems = new HashSet<>(ignored);
    ignored.forEach(w -> ignoredStems.add(stem(w)));
    Set<String> stemmed = new HashSet<>();
    for (String word : words) {
      String stem = stem(word);
      if (!ignoredStems.contains(stem)) {
        stemmed.add(stem);
      }
    }
    this.stems = Set.copyOf(stemmed);
  }

  /** Whether the text names an actor the knowledge base knows and holds a trigger word. */
  public boolean canHoldRecord(String text) {
    return hasTriggerWord(text) && !knowledge.find(text).isEmpty();
  }

  /**
   * The sentences of a document that the full analysis needs, or nothing when the document can hold
   * no record ({@link #canHoldRecord}). A sentence is needed when it holds a trigger word, names a
   * state, organisation or post title (the story's posts are read from such sentences too), or
   * gives a date (a month's name or a year); and so are the sentences on either side of a sentence
   * with a trigger word, where its people may be named or described. Every other sentence names no
   * post, gives no date and triggers no record, but might have been read for a name only: dropping
   * it changes no figure on the dev set (TriageTest). A line that starts as an item of a list
   * ("1.", "2)", "-") is kept after a kept line: the items of a list of signed instruments or
   * planned events are read together.
   */
  public Optional<KeptSentences> select(String text) {
    if (!hasTriggerWord(text)) {
      return Optional.empty();
    }
    List<PhraseMatch<Entity>> found = knowledge.find(text);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<Span> sentences = RoughSentences.of(text);
    int n = sentences.size();
    boolean[] trigger = new boolean[n];
    boolean[] keep = new boolean[n];
    int match = 0;
    for (int i = 0; i < n; i++) {
      Span sentence = sentences.get(i);
      String words = text.substring(sentence.start(), sentence.end());
      trigger[i] = hasTriggerWord(words);
      while (match < found.size() && found.get(match).end() <= sentence.start()) {
        match++;
      }
      boolean named = match < found.size() && found.get(match).start() < sentence.end();
      keep[i] = trigger[i] || named || DATE.matcher(words).find();
    }
    List<Span> kept = new ArrayList<>();
    boolean previous = false;
    for (int i = 0; i < n; i++) {
      Span sentence = sentences.get(i);
      boolean listed =
          previous && LIST_ITEM.matcher(text).region(sentence.start(), sentence.end()).lookingAt();
      previous = keep[i] || (i > 0 && trigger[i - 1]) || (i + 1 < n && trigger[i + 1]) || listed;
      if (previous) {
        kept.add(sentence);
      }
    }
    return Optional.of(new KeptSentences(kept, n));
  }

  /** Whether the text holds a trigger word, inflected or not. */
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
      if (i - start >= SHORTEST_STEM && isTrigger(lower.substring(start, i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a lower-cased word is a trigger word: its stem, or its stem once an inflection ("-ed",
   * "-ing", "-d") is cut, is a trigger word's stem; or it starts with a trigger word's stem of at
   * least {@value #PREFIX_STEM} letters ("congratulat" in "congratulatory").
   */
  private boolean isTrigger(String word) {
    if (stems.contains(word) || stems.contains(stem(word))) {
      return true;
    }
    for (String ending : INFLECTIONS) {
      int base = word.length() - ending.length();
      if (word.endsWith(ending) && base >= SHORTEST_STEM) {
        String cut = word.substring(0, base);
        if (stems.contains(cut) || stems.contains(stem(cut))) {
          return true;
        }
      }
    }
    for (int end = PREFIX_STEM; end < word.length(); end++) {
      if (stems.contains(word.substring(0, end))) {
        return true;
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
