package org.attache.pipeline.nlp;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A text split into sentences and tagged tokens. Built by an {@link Annotator}; immutable.
 *
 * @param text the text that was annotated; every span indexes into it
 */
public record AnnotatedText(String text, List<Sentence> sentences) {
  public AnnotatedText {
    requireNonNull(text, "text is null");
    sentences = List.copyOf(sentences);
  }

  /** All tokens of the text, in order. */
  public List<Token> tokens() {
    List<Token> all = new ArrayList<>();
    for (Sentence sentence : sentences) {
      all.addAll(sentence.tokens());
    }
    return all;
  }

  /** The sentence that contains the given character, if any. */
  public Optional<Sentence> sentenceAt(int offset) {
    for (Sentence sentence : sentences) {
      if (sentence.span().start() <= offset && offset < sentence.span().end()) {
        return Optional.of(sentence);
      }
    }
    return Optional.empty();
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
