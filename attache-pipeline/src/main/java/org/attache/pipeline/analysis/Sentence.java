package org.attache.pipeline.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.attache.model.Span;

/**
 * A sentence and its tokens.
 *
 * @param index position in the text's sentence list
 * @param span the sentence's characters in the text
 * @param tokens its tokens, in order; their {@link Token#index()} counts across the whole text
 */
public record Sentence(int index, Span span, List<Token> tokens) {
  public Sentence {
    requireNonNull(span, "span is null");
    tokens = List.copyOf(tokens);
  }

  /** The index (in the whole text) of this sentence's first token. */
  public int firstToken() {
    return tokens.isEmpty() ? 0 : tokens.get(0).index();
  }

  /** The token with the given whole-text index, which must lie in this sentence. */
  public Token token(int index) {
    return tokens.get(index - firstToken());
  }

  /** The sentence's text, cut from the text it belongs to. */
  public String text(String whole) {
    return whole.substring(span.start(), span.end());
  }
}
