package org.attache.pipeline.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoughSentencesTest {
  private static List<String> sentences(String text) {
    return RoughSentences.of(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void endsASentenceAtAStopBeforeACapitalAndAtALineBreak() {
    assertThat(
            sentences(
                "Talks in Astana\n\nThe ministers met on 3 May. They signed a plan! \"Good,\" he"
                    + " said? Yes."))
        .containsExactly(
            "Talks in Astana",
            "The ministers met on 3 May.",
            "They signed a plan!",
            "\"Good,\" he said?",
            "Yes.");
  }

  @Test
  void initialsAndAbbreviationsEndNoSentence() {
    assertThat(
            sentences(
                "Mr. Lavrov met Dr. Ana J. Silva of the U.S. delegation on 3 Feb. 2021. He left."))
        .containsExactly(
            "Mr. Lavrov met Dr. Ana J. Silva of the U.S. delegation on 3 Feb. 2021.", "He left.");
  }

  @Test
  void aStopInsideANumberOrBeforeALowerCaseWordEndsNoSentence() {
    assertThat(sentences("Trade grew 3.5 per cent. in 2020 and fell. the end"))
        .containsExactly("Trade grew 3.5 per cent. in 2020 and fell. the end");
  }

  @Test
  void blankTextHasNoSentence() {
    assertThat(RoughSentences.of("  \n\n ")).isEmpty();
    assertThat(RoughSentences.of("")).isEmpty();
  }
}
