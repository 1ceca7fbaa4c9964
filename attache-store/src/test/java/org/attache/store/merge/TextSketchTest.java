package org.attache.store.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSketchTest {
  private static final String STORY =
      "The Minister of Foreign Affairs of Kazakhstan received the Ambassador of Japan in Astana."
          + " The two sides discussed trade, investment and the preparations for a business forum"
          + " planned for the autumn. The minister noted the growing number of Japanese companies"
          + " working in the country and called for closer ties between the chambers of commerce."
          + " The ambassador thanked the minister and expressed the readiness of his government to"
          + " support new joint projects in energy, transport and agriculture.";

  @Test
  void theSameTextHasTheSameSketch() {
    TextSketch sketch = TextSketch.of(STORY);
    assertThat(TextSketch.of(STORY).minima()).isEqualTo(sketch.minima());
    assertThat(sketch.similarity(TextSketch.of(STORY))).isEqualTo(1.0);
    assertThat(sketch.bands()).hasSize(TextSketch.BANDS);
  }

  @Test
  void aCopyWithASentenceAddedAndOtherSpacingIsANearCopy() {
    TextSketch copy =
        TextSketch.of(
            STORY.replace(". ", ".\n\n").toUpperCase(java.util.Locale.ROOT)
                + " This report was first published elsewhere.");
    TextSketch original = TextSketch.of(STORY);
    assertThat(original.nearCopy(copy)).isTrue();
    assertThat(copy.nearCopy(original)).isTrue();
  }

  @Test
  void aCopyCutShortIsANearCopy() {
    String cut = STORY.substring(0, STORY.indexOf(" The ambassador thanked"));
    assertThat(TextSketch.of(STORY).nearCopy(TextSketch.of(cut))).isTrue();
  }

  @Test
  void anotherReportOfTheSameKindIsNot() {
    String other =
        "The Minister of Foreign Affairs of Kazakhstan met the Ambassador of Korea in Astana on"
            + " Monday. They reviewed the agenda of the intergovernmental commission and agreed to"
            + " hold its next session in Seoul. The minister praised the contribution of Korean"
            + " investors to the development of the chemical industry.";
    assertThat(TextSketch.of(STORY).nearCopy(TextSketch.of(other))).isFalse();
  }

  @Test
  void aStoredSketchIsTheSketchItWas() {
    TextSketch sketch = TextSketch.of(STORY);
    TextSketch stored = TextSketch.stored(sketch.shingles(), sketch.minima());
    assertThat(stored.bands()).isEqualTo(sketch.bands());
    assertThat(stored.nearCopy(sketch)).isTrue();
  }

  @Test
  void anEmptyTextIsNobodysCopy() {
    TextSketch empty = TextSketch.of("  ... ");
    assertThat(empty.shingles()).isZero();
    assertThat(empty.bands()).isEmpty();
    assertThat(empty.nearCopy(empty)).isFalse();
  }
}
