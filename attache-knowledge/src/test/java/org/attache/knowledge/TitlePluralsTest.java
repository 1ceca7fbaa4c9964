package org.attache.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlePluralsTest {
  @Test
  void pluralisesTheHeadNoun() {
    assertThat(TitlePlurals.plural("Ambassador")).isEqualTo("Ambassadors");
    assertThat(TitlePlurals.plural("Foreign Minister")).isEqualTo("Foreign Ministers");
    assertThat(TitlePlurals.plural("Minister of Foreign Affairs"))
        .isEqualTo("Ministers of Foreign Affairs");
    assertThat(TitlePlurals.plural("Secretary-General")).isEqualTo("Secretaries-General");
    assertThat(TitlePlurals.plural("Chargé d'Affaires")).isEqualTo("Chargés d'Affaires");
    assertThat(TitlePlurals.plural("Deputy")).isEqualTo("Deputies");
  }

  @Test
  void aPluralTitleIsFound() {
    assertThat(KnowledgeBase.standard().find("the Ambassadors of Iran and Kyrgyzstan"))
        .anySatisfy(m -> assertThat(m.payload()).isInstanceOf(Entity.Title.class));
  }
}
