package org.attache.store.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.attache.model.ActorKind;
import org.junit.jupiter.api.Test;

class KeysTest {
  @Test
  void foldsCaseAccentsAndPunctuationOfNames() {
    assertThat(Keys.person("Sergueï  LAVROV")).contains("serguei lavrov");
    assertThat(Keys.person("Dato' Lim Jock-Hoi")).contains("dato lim jock hoi");
  }

  @Test
  void dropsHonorificsInFront() {
    assertThat(Keys.person("H.E. Mr. Vladimir Norov")).contains("vladimir norov");
    assertThat(Keys.person("His Excellency Dr Wang Yi")).contains("wang yi");
    assertThat(Keys.person("Ms Retno Marsudi")).isEqualTo(Keys.person("Retno Marsudi"));
  }

  @Test
  void namesOfNothingButHonorificsHaveNoKey() {
    assertThat(Keys.person("H.E. Mr.")).isEmpty();
    assertThat(Keys.organisation(ActorKind.ORGANISATION, Optional.empty(), " - ")).isEmpty();
  }

  @Test
  void keysOrganisationsByKindAndCode() {
    assertThat(Keys.organisation(ActorKind.STATE, Optional.of("chn"), "China"))
        .contains("state:CHN");
    assertThat(
            Keys.organisation(
                ActorKind.ORGANISATION, Optional.of("SCO"), "Shanghai Cooperation Organisation"))
        .contains("organisation:SCO");
    assertThat(Keys.organisation(ActorKind.ORGANISATION, Optional.empty(), "ASEAN-China Centre"))
        .contains("organisation:~asean china centre");
  }
}
