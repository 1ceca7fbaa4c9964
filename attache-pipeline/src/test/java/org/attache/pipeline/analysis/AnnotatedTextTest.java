package org.attache.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.Span;
import org.junit.jupiter.api.Test;

/** The indexes of an annotated text answer as a scan of its sentences and tokens would. */
class AnnotatedTextTest {
  /** "Talks. Visit. Call." as three sentences of two tokens each, the last after two spaces. */
  private static final String TEXT = "Talks. Visit.  Call.";

  private static Sentence sentence(int index, int firstToken, int start, String words) {
    List<Token> tokens = new ArrayList<>();
    int word = words.indexOf('.');
    tokens.add(token(firstToken, start, start + word));
    tokens.add(token(firstToken + 1, start + word, start + word + 1));
    return new Sentence(index, new Span(start, start + word + 1), tokens);
  }

  private static Token token(int index, int start, int end) {
    return new Token(index, TEXT.substring(start, end), new Span(start, end), "NN", "x", "O");
  }

  private static AnnotatedText annotated(List<Sentence> sentences) {
    return new AnnotatedText(TEXT, sentences);
  }

  private static final List<Sentence> SENTENCES =
      List.of(
          sentence(0, 0, 0, "Talks."), sentence(1, 2, 7, "Visit."), sentence(2, 4, 15, "Call."));

  @Test
  void findsTheSentenceOfEachCharacter() {
    AnnotatedText text = annotated(SENTENCES);

    List<Optional<Integer>> found = new ArrayList<>();
    for (int offset = -1; offset <= TEXT.length(); offset++) {
      found.add(text.sentenceAt(offset).map(Sentence::index));
    }

    Optional<Integer> none = Optional.empty();
    assertThat(found)
        .containsExactly(
            none,
            Optional.of(0),
            Optional.of(0),
            Optional.of(0),
            Optional.of(0),
            Optional.of(0),
            Optional.of(0),
            none,
            Optional.of(1),
            Optional.of(1),
            Optional.of(1),
            Optional.of(1),
            Optional.of(1),
            Optional.of(1),
            none,
            none,
            Optional.of(2),
            Optional.of(2),
            Optional.of(2),
            Optional.of(2),
            Optional.of(2),
            none);
  }

  @Test
  void findsTheFirstSentenceHoldingACharacterWhereSentencesAreOutOfOrder() {
    Sentence whole = new Sentence(0, new Span(0, 13), List.of());
    AnnotatedText text = annotated(List.of(SENTENCES.get(1), whole, SENTENCES.get(0)));

    assertThat(text.sentenceAt(8)).contains(SENTENCES.get(1));
    assertThat(text.sentenceAt(2)).contains(whole);
    assertThat(text.sentenceAt(14)).isEmpty();
  }

  @Test
  void listsEveryTokenInOrderOnce() {
    AnnotatedText text = annotated(SENTENCES);

    assertThat(text.tokens())
        .extracting(Token::text)
        .containsExactly("Talks", ".", "Visit", ".", "Call", ".");
    assertThat(text.tokens()).extracting(Token::index).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(text.tokenCount()).isEqualTo(6);
    assertThat(text.tokens()).isSameAs(text.tokens());
  }

  @Test
  void isEqualToATextWithTheSameSentences() {
    assertThat(annotated(SENTENCES))
        .isEqualTo(annotated(new ArrayList<>(SENTENCES)))
        .hasSameHashCodeAs(annotated(SENTENCES))
        .isNotEqualTo(annotated(SENTENCES.subList(0, 2)));
  }
}
