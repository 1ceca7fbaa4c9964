package org.attache.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InflectionTest {
  @Test
  void inflectsTheFirstWordOfAVerbPhrase() {
    assertThat(Inflection.verbForms("call for"))
        .containsExactly("call for", "calls for", "called for", "calling for");
  }

  @Test
  void dropsAFinalEBeforeEndings() {
    assertThat(Inflection.verbForms("note")).containsExactly("note", "notes", "noted", "noting");
    assertThat(Inflection.verbForms("agree"))
        .containsExactly("agree", "agrees", "agreed", "agreeing");
  }

  @Test
  void turnsAFinalYAfterAConsonantIntoI() {
    assertThat(Inflection.verbForms("deny")).containsExactly("deny", "denies", "denied", "denying");
    assertThat(Inflection.verbForms("convey"))
        .containsExactly("convey", "conveys", "conveyed", "conveying");
  }

  @Test
  void addsEsAfterSibilantsAndO() {
    assertThat(Inflection.verbForms("stress"))
        .containsExactly("stress", "stresses", "stressed", "stressing");
    assertThat(Inflection.verbForms("veto")).containsExactly("veto", "vetoes", "vetoed", "vetoing");
  }

  @Test
  void doublesAFinalConsonantInOneSyllableOnly() {
    assertThat(Inflection.verbForms("slam"))
        .containsExactly("slam", "slams", "slammed", "slamming");
    assertThat(Inflection.verbForms("visit"))
        .containsExactly("visit", "visits", "visited", "visiting");
    assertThat(Inflection.verbForms("hail")).containsExactly("hail", "hails", "hailed", "hailing");
    assertThat(Inflection.verbForms("vow")).containsExactly("vow", "vows", "vowed", "vowing");
  }
}
