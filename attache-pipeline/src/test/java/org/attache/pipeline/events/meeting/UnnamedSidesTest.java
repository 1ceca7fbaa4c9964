package org.attache.pipeline.events.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.events.meeting.MeetingConstructionsTest.meetings;

import org.junit.jupiter.api.Test;

/**
 * Sides that the text describes but never names: an organisation's official by title alone stands
 * for the organisation. The people are invented; the states, organisations and posts are real.
 */
class UnnamedSidesTest {
  @Test
  void aBareSecretaryGeneralStandsForTheUnitedNations() {
    assertThat(
            meetings(
                "The Secretary-General met with Prime Minister of Norway Erik Dahl in Oslo on 5"
                    + " March 2024. The Secretary-General thanked the Prime Minister for his"
                    + " support."))
        .containsExactly("2024-03-05 | Oslo, NOR | UN, Erik Dahl");
  }

  @Test
  void anUnnamedOfficialStandsForTheOrganisationTheStoryNames() {
    assertThat(
            meetings(
                "The African Union called for calm. The Secretary-General met with President of"
                    + " Ghana Kwame Asante on 5 March 2024."))
        .containsExactly("2024-03-05 | ?, ? | AU, Kwame Asante");
  }

  @Test
  void aNamedHolderOfTheTitleIsNoOrganisation() {
    assertThat(
            meetings(
                "Secretary-General of the United Nations Elena Marsh arrived in Oslo. The"
                    + " Secretary-General met with Prime Minister of Norway Erik Dahl on 5 March"
                    + " 2024."))
        .containsExactly("2024-03-05 | Oslo, NOR | Elena Marsh, Erik Dahl");
  }

  @Test
  void aTitleThatStatesGiveStandsForNoOrganisation() {
    assertThat(
            meetings(
                "The Prime Minister met with President of Ghana Kwame Asante on 5 March 2024."))
        .isEmpty();
  }
}
