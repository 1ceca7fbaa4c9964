package org.attache.store.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.attache.model.ActorKind;
import org.junit.jupiter.api.Test;

class KeysTest {
  @Test
  void foldsCaseAccentsAndPunctuationOfNames() {
    assertThat(Keys.person("Sergueï  LAVROV")).isEqualTo("serguei lavrov");
    assertThat(Keys.person("Dato' Lim Jock-Hoi")).isEqualTo("dato lim jock hoi");
  }

  @Test
  void dropsHonorificsInFront() {
    assertThat(Keys.person("H.E. Mr. Vladimir Norov")).isEqualTo("vladimir norov");
    assertThat(Keys.person("His Excellency Dr Wang Yi")).isEqualTo("wang yi");
    assertThat(Keys.person("Ms Retno Marsudi")).isEqualTo(Keys.person("Retno Marsudi"));
  }

  @Test
  void refusesNamesOfNothingButHonorifics() {
    assertThatThrownBy(() -> Keys.person("H.E. Mr."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Not a person's name: 'H.E. Mr.'");
  }

  @Test
  void keysOrganisationsByKindAndCode() {
    assertThat(Keys.organisation(ActorKind.STATE, Optional.of("chn"), "China"))
        .isEqualTo("state:CHN");
    assertThat(
            Keys.organisation(
                ActorKind.ORGANISATION, Optional.of("SCO"), "Shanghai Cooperation Organisation"))
        .isEqualTo("organisation:SCO");
    assertThat(Keys.organisation(ActorKind.ORGANISATION, Optional.empty(), "ASEAN-China Centre"))
        .isEqualTo("organisation:~asean china centre");
  }
}
