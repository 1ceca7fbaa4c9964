package org.attache.pipeline.events.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.events.statement.StatementTesting.MEETING;
import static org.attache.pipeline.events.statement.StatementTesting.statements;

import org.junit.jupiter.api.Test;

/**
 * Series of predicates, closing attributions, the head of an organisation told by title, and the
 * readings of appreciation, polite requests and results spoken of, on texts written for the test
 * (the people are invented; the states, organisations and posts are real).
 */
class StatementSeriesAndStancesTest {
  @Test
  void aSeriesOfPredicatesAfterCommasKeepsItsFirstSubject() {
    assertThat(
            statements(
                MEETING
                    + "Sarnai Ganbold spoke highly of the growth of trade with the SCO, expressed"
                    + " her appreciation of the work of the secretariat of the CIS and thanked"
                    + " Uzbekistan for its help."))
        .containsExactly(
            "Sarnai Ganbold: praise", "Sarnai Ganbold: praise", "Sarnai Ganbold: thanks");
  }

  @Test
  void appreciationOfAFavourIsThanksAndOfAnythingElsePraise() {
    assertThat(
            statements(
                MEETING
                    + "Akmal Rustamov expressed his appreciation for the warm hospitality of the"
                    + " hosts. Sarnai Ganbold expressed her appreciation of the growth of trade."))
        .containsExactly("Akmal Rustamov: thanks", "Sarnai Ganbold: praise");
  }

  @Test
  void whatASpeakerWouldAppreciateIsARequest() {
    assertThat(
            statements(
                MEETING
                    + "Sarnai Ganbold said that Mongolia would appreciate the support of"
                    + " Uzbekistan for its bid to host the games."))
        .containsExactly("Sarnai Ganbold: appeal");
  }

  @Test
  void aConsensusReachedBeforeIsWhatTheSpeakerSpeaksOf() {
    assertThat(
            statements(
                MEETING
                    + "Akmal Rustamov said the new railway is part of the consensus reached by the"
                    + " two presidents in May."))
        .containsExactly("Akmal Rustamov: comment");
  }

  @Test
  void mutualSupportAndThePoliticalOppositionAreNoStance() {
    assertThat(
            statements(
                MEETING
                    + "Akmal Rustamov noted the mutual support of the two countries in"
                    + " international organisations. Sarnai Ganbold noted the role of the"
                    + " parliamentary opposition."))
        .containsExactly("Akmal Rustamov: comment", "Sarnai Ganbold: comment");
  }

  @Test
  void aQuotationBeforeItsVerbHoldsNoSubject() {
    assertThat(
            statements(
                MEETING
                    + "\"Trade with Mongolia doubled last year,\" said Batbayar at the press"
                    + " conference."))
        .isEmpty();
  }

  @Test
  void aSourceReportingOnADayIsNoSpeaker() {
    assertThat(
            statements(
                MEETING
                    + "Mongolia has opened a consulate in Samarkand, the Mongolian Foreign"
                    + " Ministry reported Friday."))
        .isEmpty();
  }

  @Test
  void theSecretaryGeneralIsTheHeadTheDocumentNames() {
    assertThat(
            statements(
                "UN chief Tomas Varga arrived in Tashkent on Monday. The Secretary-General"
                    + " commended Uzbekistan for its reforms."))
        .containsExactly("Tomas Varga: praise");
  }

  @Test
  void aVerbJoinedToTheFirstVerbOfACollectiveSubjectIsTheirAct() {
    assertThat(
            statements(
                MEETING
                    + "The two ministers held lengthy discussions and agreed that the time is ripe"
                    + " for a free trade zone."))
        .containsExactlyInAnyOrder("Akmal Rustamov: agreement", "Sarnai Ganbold: agreement");
  }

  @Test
  void aParticipleAfterANounTellsWhatWasDoneToIt() {
    assertThat(
            statements(
                MEETING
                    + "Akmal Rustamov underscored the need for a settlement supported by all the"
                    + " people of the region."))
        .containsExactly("Akmal Rustamov: appeal");
  }

  @Test
  void anActInThePassiveIsItsAgents() {
    assertThat(
            statements(
                MEETING
                    + "The results of the joint commission have been positively assessed by the"
                    + " two sides. The plan was welcomed by Mongolia."))
        .containsExactlyInAnyOrder(
            "Akmal Rustamov: praise", "Sarnai Ganbold: praise", "MNG: support");
    assertThat(statements(MEETING + "The new corridor was welcomed by experts.")).isEmpty();
    assertThat(
            statements(
                MEETING + "The forum grew fast since it was proposed by Mongolia in the spring."))
        .isEmpty();
  }

  @Test
  void aTopicTouchedUponIsNoStatement() {
    assertThat(
            statements(
                MEETING
                    + "Akmal Rustamov and Sarnai Ganbold touched upon the implementation of the"
                    + " agreements reached in May."))
        .isEmpty();
  }
}
