package org.attache.pipeline.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventCodesTest {
  @Test
  void theCameoCodesAreThoseOfTheEventAndMeetingLists() {
    assertThat(EventCodes.cameo())
        .containsExactlyInAnyOrder(
            "010", "018", "020", "030", "040", "041", "042", "043", "046", "051", "057", "060",
            "111", "120");
  }

  @Test
  void thePloverTypesAreThoseTheListsMapTo() {
    assertThat(EventCodes.plover())
        .containsExactlyInAnyOrder(
            "ACCUSE", "AGREE", "CONSULT", "COOPERATE", "REJECT", "REQUEST", "SUPPORT");
  }
}
