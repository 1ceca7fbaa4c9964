package org.attache.pipeline.events.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.events.statement.StatementTesting.MEETING;
import static org.attache.pipeline.events.statement.StatementTesting.statements;
import static org.attache.pipeline.events.statement.StatementTesting.statementsByCode;

import org.junit.jupiter.api.Test;

/**
 * What a clause says and whether it is a statement at all, on texts written for the test (the
 * people are invented; the states and posts are real).
 */
class StatementReadingsTest {
  @Test
  void theImportanceOfDevelopingTiesIsIntentToCooperate() {
    assertThat(
            statements(
                MEETING
                    + "Akmal Rustamov stressed the importance of further developing trade between"
                    + " the two countries."))
        .containsExactly("Akmal Rustamov: intent_to_cooperate");
    assertThat(
            statements(
                MEETING
                    + "Sarnai Ganbold underlined the importance of signing the transit agreement"
                    + " soon."))
        .containsExactly("Sarnai Ganbold: intent_to_cooperate");
  }

  @Test
  void theImportanceOfAThingStaysAComment() {
    assertThat(
            statements(
                MEETING
                    + "Akmal Rustamov stressed the importance of regional platforms such as the"
                    + " SCO."))
        .containsExactly("Akmal Rustamov: comment");
  }

  @Test
  void anArrivalThatIsExpectedIsNoStatement() {
    assertThat(
            statements(
                MEETING
                    + "Akmal Rustamov is expected to leave for Ulaanbaatar on Friday. Sarnai Ganbold"
                    + " said the talks were useful."))
        .containsExactly("Sarnai Ganbold: comment");
  }

  @Test
  void theSidesOfATextThatTellsNoMeetingAreThoseOfItsTitle() {
    assertThat(
            statementsByCode(
                "Kazakhstan and Mongolia sign memorandum on transit",
                "The memorandum was signed in Astana on Monday. The parties confirmed their"
                    + " readiness to widen cooperation in transport."))
        .containsExactly("KAZ: intent_to_cooperate", "MNG: intent_to_cooperate");
  }
}
