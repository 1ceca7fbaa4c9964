package org.attache.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.attache.model.Span;
import org.junit.jupiter.api.Test;

/** The mentions of a sentence, found by a binary search, are those its span contains. */
class MentionsTest {
  private static Mention mention(String value, int start, int end, int token) {
    return new Mention(
        MentionKind.STATE,
        new Span(start, end),
        token,
        token,
        value,
        Optional.empty(),
        false,
        false,
        "test");
  }

  private static Sentence sentence(int start, int end) {
    return new Sentence(0, new Span(start, end), List.of());
  }

  private static final Mention BEFORE = mention("before", 0, 4, 0);
  private static final Mention ACROSS = mention("across", 8, 12, 1);
  private static final Mention FIRST = mention("first", 10, 14, 2);
  private static final Mention WIDE = mention("wide", 10, 20, 2);
  private static final Mention LAST = mention("last", 16, 20, 3);
  private static final Mention OVER = mention("over", 18, 22, 4);
  private static final Mention EMPTY_AT_END = mention("end", 20, 20, 5);
  private static final Mention AFTER = mention("after", 24, 28, 6);

  private static final Mentions ALL =
      new Mentions(List.of(AFTER, OVER, LAST, WIDE, FIRST, ACROSS, BEFORE, EMPTY_AT_END));

  @Test
  void ordersTheMentionsBySpan() {
    assertThat(ALL.all())
        .containsExactly(BEFORE, ACROSS, FIRST, WIDE, LAST, OVER, EMPTY_AT_END, AFTER);
  }

  @Test
  void givesTheMentionsASentenceHoldsWhole() {
    assertThat(ALL.in(sentence(10, 20))).containsExactly(FIRST, WIDE, LAST, EMPTY_AT_END);
    assertThat(ALL.in(sentence(0, 4))).containsExactly(BEFORE);
    assertThat(ALL.in(sentence(4, 8))).isEmpty();
    assertThat(ALL.in(sentence(0, 30))).isEqualTo(ALL.all());
    assertThat(new Mentions(List.of()).in(sentence(0, 30))).isEmpty();
  }
}
