package org.attache.pipeline.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** Triage on sentences of our own: what it drops, what it keeps, how it matches words. */
class TriageTest {
  private static final Triage TRIAGE = new Triage(KnowledgeBase.standard());

  @Test
  void dropsNewsThatNamesNoActorOrHoldsNoTriggerWord() {
    assertThat(TRIAGE.canHoldRecord("Heavy rain is expected over the coast tonight.")).isFalse();
    assertThat(TRIAGE.canHoldRecord("The river club met every target this season.")).isFalse();
    assertThat(TRIAGE.canHoldRecord("Kazakhstan beat Qatar 2-1 in a friendly.")).isFalse();
    assertThat(TRIAGE.canHoldRecord("The President of Kazakhstan met the Emir of Qatar.")).isTrue();
    assertThat(TRIAGE.canHoldRecord("Kazakhstan and Qatar signed a memorandum.")).isTrue();
  }

  @Test
  void blanksWhatItDropsAndKeepsEveryOffset() {
    String text =
        "Weather\n\nRain fell in the capital overnight. The Foreign Minister of Kazakhstan met"
            + " the Ambassador of Japan on 3 May 2024. Both wore dark suits. Markets rose."
            + " Traffic was heavy near the port. Schools reopened.";
    KeptSentences selection = TRIAGE.select(text).orElseThrow();
    String blanked = selection.blank(text);

    assertThat(blanked).hasSameSizeAs(text);
    assertThat(blanked.strip())
        .startsWith("Rain fell in the capital overnight. The Foreign Minister of Kazakhstan")
        .endsWith("Both wore dark suits.");
    assertThat(blanked).doesNotContain("Weather", "Traffic", "Schools", "Markets");
    int at = text.indexOf("Kazakhstan");
    assertThat(blanked.substring(at, at + 10)).isEqualTo("Kazakhstan");
    assertThat(TRIAGE.select("Rain fell on Kazakhstan overnight.")).isEmpty();
  }

  @Test
  void triggerWordsMatchInflectedButNotAsThePrefixOfAnotherWord() {
    assertThat(TRIAGE.hasTriggerWord("They were receiving guests")).isTrue();
    assertThat(TRIAGE.hasTriggerWord("She meets them")).isTrue();
    assertThat(TRIAGE.hasTriggerWord("a congratulatory letter")).isTrue();
    assertThat(TRIAGE.hasTriggerWord("The method of the day was metal work in the mountains."))
        .isFalse();
  }

  @Test
  void stemsDropAFinalInflection() {
    assertThat(Triage.stem("receive")).isEqualTo("receiv");
    assertThat(Triage.stem("treaties")).isEqualTo("treat");
    assertThat(Triage.stem("talks")).isEqualTo("talk");
  }
}
