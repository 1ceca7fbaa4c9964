package org.attache.pipeline.analysis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A text split into sentences and tagged tokens. Built by an {@link Annotator}; immutable.
 *
 * <p>The tokens of the whole text and the sentences' offsets are indexed when the value is built,
 * so that {@link #tokens()} costs nothing and {@link #sentenceAt(int)} a binary search: a stage may
 * call them once per mention of a long document.
 */
public final class AnnotatedText {
  private final String text;
  private final List<Sentence> sentences;
  private final List<Token> tokens;

  /** The sentences' first characters, ascending, or null where the sentences are not in order. */
  private final int[] starts;

  /**
   * @param text the text that was annotated; every span indexes into it
   * @param sentences its sentences, in order
   */
  public AnnotatedText(String text, List<Sentence> sentences) {
    this.text = requireNonNull(text, "text is null");
    this.sentences = List.copyOf(sentences);
    List<Token> all = new ArrayList<>();
    for (Sentence sentence : this.sentences) {
      all.addAll(sentence.tokens());
    }
    this.tokens = Collections.unmodifiableList(all);
    this.starts = ordered(this.sentences);
  }

  /** The sentences' starts where each sentence ends before the next begins; else null. */
  private static int[] ordered(List<Sentence> sentences) {
    int[] starts = new int[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      starts[i] = sentences.get(i).span().start();
      if (i > 0 && sentences.get(i - 1).span().end() > starts[i]) {
        return null;
      }
    }
    return starts;
  }

  /** The text that was annotated; every span indexes into it. */
  public String text() {
    return text;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  /** All tokens of the text, in order. */
  public List<Token> tokens() {
    return tokens;
  }

  /** The sentence that contains the given character, if any. */
  public Optional<Sentence> sentenceAt(int offset) {
    if (starts == null) {
      for (Sentence sentence : sentences) {
        if (sentence.span().start() <= offset && offset < sentence.span().end()) {
          return Optional.of(sentence);
        }
      }
      return Optional.empty();
    }
    int low = 0;
    int high = starts.length - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (starts[mid] <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    // Sentences in order do not overlap: only the last one starting at or before the offset can
    // contain it.
    if (found >= 0 && offset < sentences.get(found).span().end()) {
      return Optional.of(sentences.get(found));
    }
    return Optional.empty();
  }

  public int tokenCount() {
    return tokens.size();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnnotatedText that
        && text.equals(that.text)
        && sentences.equals(that.sentences);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, sentences);
  }

  @Override
  public String toString() {
    return "AnnotatedText[text=" + text + ", sentences=" + sentences + "]";
  }
}
