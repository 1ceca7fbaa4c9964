package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.pipeline.nlp.Segments;
import org.junit.jupiter.api.Test;

class SegmentsTest {
  private static List<String> pieces(String text, int limit) {
    return Segments.of(text, limit).stream().map(r -> text.substring(r[0], r[1])).toList();
  }

  @Test
  void cutsAtBlankLines() {
    assertThat(pieces("Title\n\nFirst paragraph.\n\n\nSecond.", 100))
        .containsExactly("Title", "First paragraph.", "Second.");
  }

  @Test
  void cutsALongParagraphAtASentenceEndOrASpace() {
    String sentence = "The ministers met and talked for a long while about many things. ";
    List<String> pieces = pieces(sentence.repeat(5), 150);

    assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(150));
    assertThat(String.join("", pieces).replace(" ", ""))
        .isEqualTo(sentence.repeat(5).replace(" ", ""));
    assertThat(pieces.get(0)).endsWith(".");
  }

  @Test
  void cutsAWordLongerThanTheLimit() {
    assertThat(pieces("x".repeat(250), 100))
        .containsExactly("x".repeat(100), "x".repeat(100), "x".repeat(50));
  }

  @Test
  void cutsAtTheLastSpaceWhereTheOnlySentenceEndIsInThePiecesFirstHalf() {
    String text = "First part. " + "word ".repeat(30);

    assertThat(pieces(text, 100))
        .containsExactly("First part. " + "word ".repeat(17).strip(), " " + "word ".repeat(13));
  }

  @Test
  void cutsAVeryLongParagraphIntoPiecesOfTheLimit() {
    String text = "word ".repeat(200_000);

    List<String> pieces = pieces(text, 2_000);

    assertThat(pieces).hasSize(500).allSatisfy(p -> assertThat(p).hasSizeBetween(1_996, 2_000));
    assertThat(String.join("", pieces)).isEqualTo(text.stripTrailing());
  }
}
