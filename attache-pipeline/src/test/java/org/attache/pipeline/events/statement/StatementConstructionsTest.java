package org.attache.pipeline.events.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.Area;
import org.attache.model.DocumentRecord;
import org.attache.model.Statement;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/**
 * The constructions of reported speech, each on a short text written for the test (the people are
 * invented; the states, organisations and posts are real).
 */
class StatementConstructionsTest {
  private static final String MEETING = StatementTesting.MEETING;

  private static List<String> statements(String body) {
    return StatementTesting.statements(body);
  }

  private static List<String> statements(String title, String body) {
    return StatementTesting.statements(title, body);
  }

  @Test
  void inRemarksWhoseTitleNamesTheSpeakerTheFirstPersonIsThatSpeaker() {
    String body =
        "Good afternoon. Today we condemned the attack on the convoy. We welcomed the agreement on"
            + " the release of prisoners.";
    assertThat(
            statements(
                "Press remarks by Minister of Foreign Affairs of Mongolia Sarnai Ganbold", body))
        .containsExactly("Sarnai Ganbold: criticism", "Sarnai Ganbold: support");
    assertThat(statements("Minister of Foreign Affairs of Mongolia Sarnai Ganbold in Tokyo", body))
        .isEmpty();
  }

  @Test
  void namedSubjectAndTheWeightiestStanceWord() {
    assertThat(
            statements(MEETING + "Mr Rustamov reaffirmed Uzbekistan's readiness to expand trade."))
        .containsExactly("Akmal Rustamov: intent_to_cooperate");
  }

  @Test
  void pronounStandsForTheLastSpeaker() {
    assertThat(
            statements(
                MEETING
                    + "Sarnai Ganbold noted the growth of tourism. She voiced readiness to"
                    + " open new air links."))
        .containsExactly("Sarnai Ganbold: comment", "Sarnai Ganbold: intent_to_cooperate");
  }

  @Test
  void collectiveSubjectIsOneStatementPerSide() {
    assertThat(statements(MEETING + "The two sides agreed to hold consultations in May."))
        .containsExactlyInAnyOrder("Akmal Rustamov: agreement", "Sarnai Ganbold: agreement");
  }

  @Test
  void coordinatedVerbsShareTheirSubject() {
    assertThat(
            statements(
                MEETING
                    + "Akmal Rustamov congratulated Sarnai Ganbold on her appointment and thanked"
                    + " her for the warm hospitality."))
        .containsExactly("Akmal Rustamov: praise", "Akmal Rustamov: thanks");
  }

  @Test
  void joinedSubjectsSpeakEach() {
    assertThat(
            statements(
                "Kazakhstan and Kyrgyzstan called for the early resumption of talks on water"
                    + " sharing."))
        .containsExactly("KAZ: appeal", "KGZ: appeal");
  }

  @Test
  void aDeniedActIsNotCodedAsItsOpposite() {
    assertThat(statements(MEETING + "Mr Rustamov did not criticise the decision.")).isEmpty();
  }

  @Test
  void anActReportedInsideAnotherIsTheFirstSpeakersClaim() {
    assertThat(
            statements(
                MEETING
                    + "Mr Rustamov said that Mongolia had rejected the proposal of a new"
                    + " corridor."))
        .containsExactly("Akmal Rustamov: comment");
  }

  @Test
  void aClosingAttributionIsNoSecondStatement() {
    assertThat(
            statements(
                MEETING
                    + "Ms Ganbold welcomed the opening of a consulate in Bukhara, the ministry"
                    + " said."))
        .containsExactly("Sarnai Ganbold: support");
  }

  @Test
  void aQuotedFirstPersonIsTheQuotedSpeaker() {
    assertThat(
            statements(
                MEETING
                    + "Mr Rustamov stated, \"Although Uzbekistan and Mongolia differ on some"
                    + " issues, I believe that we can deepen mutual understanding.\""))
        .containsExactly("Akmal Rustamov: comment");
  }

  @Test
  void theClauseSaidItsAboutAndAreas() {
    DocumentRecord record =
        ExtractorTesting.extract(
            null,
            MEETING
                + "Ms Ganbold called on Uzbekistan to expand cooperation in e-commerce and"
                + " tourism.",
            "2024-03-05");
    Statement statement = record.events(Statement.class).get(0);
    assertThat(statement.text())
        .isEqualTo("called on Uzbekistan to expand cooperation in e-commerce and tourism");
    assertThat(statement.areas()).containsExactly(Area.DIGITAL_ECONOMY, Area.TOURISM);
    assertThat(statement.about())
        .extracting(id -> record.actor(id).orElseThrow().code().orElse("?"))
        .containsExactly("UZB");
    assertThat(statement.date()).contains("2024-03-04");
    assertThat(statement.provenance())
        .containsEntry("speaker", "speaker.subject")
        .containsEntry("stance", "stance-words.tsv: call on");
  }

  @Test
  void aClosingVerbReportsWhatStandsBeforeItsSubject() {
    assertThat(
            statements(
                MEETING
                    + "\"Uzbekistan is ready to open new flights to Ulaanbaatar,\" Mr Rustamov"
                    + " said at the meeting."))
        .containsExactly("Akmal Rustamov: intent_to_cooperate");
    assertThat(
            statements(
                MEETING + "The two countries should open a new border crossing, said Ms Ganbold."))
        .containsExactly("Sarnai Ganbold: appeal");
  }

  @Test
  void aNewsAgencyNamingItsSourceMakesNoStatement() {
    assertThat(
            statements(
                MEETING
                    + "The ministers discussed transit and energy, the Mongolian news agency"
                    + " Montsame reported."))
        .isEmpty();
  }

  @Test
  void aBodyQualifiedByAStateSpeaksForIt() {
    assertThat(
            statements(
                MEETING
                    + "The Mongolian Foreign Ministry said in a statement that the talks were"
                    + " useful."))
        .containsExactly("MNG: comment");
  }

  @Test
  void theSideOfAStateInAMeetingIsItsPerson() {
    assertThat(statements(MEETING + "The Mongolian side expressed gratitude for the hospitality."))
        .containsExactly("Sarnai Ganbold: thanks");
  }

  @Test
  void anActorAfterAPrepositionOrBehindAnotherClauseIsNoSubject() {
    assertThat(
            statements(
                MEETING + "Officials in Mongolia said the new road would open in the autumn."))
        .isEmpty();
    assertThat(
            statements(
                MEETING
                    + "A flood that struck Mongolia in May was followed by heavy rains, the"
                    + " agency said."))
        .isEmpty();
  }

  @Test
  void aParticipleAfterACommaIsAnActOfTheSameSpeaker() {
    assertThat(
            statements(
                MEETING
                    + "Mr Rustamov praised the growth of trade, stressing that it had doubled"
                    + " since 2020."))
        .containsExactly("Akmal Rustamov: praise", "Akmal Rustamov: comment");
  }

  @Test
  void aParticipleOpeningTheSentenceIsAnActOfTheSubjectThatFollows() {
    assertThat(
            statements(
                MEETING
                    + "Congratulating Mr Rustamov on his appointment, Ms Ganbold called for new"
                    + " air links between the capitals."))
        .containsExactly("Sarnai Ganbold: praise", "Sarnai Ganbold: appeal");
  }

  @Test
  void bothAloneIsEverySide() {
    assertThat(statements(MEETING + "Both agreed to hold consultations in May."))
        .containsExactlyInAnyOrder("Akmal Rustamov: agreement", "Sarnai Ganbold: agreement");
  }

  @Test
  void aCollectiveHeadWithItsMeetingOrOpeningItsClauseIsEverySide() {
    assertThat(
            statements(
                MEETING
                    + "The participants of the meeting welcomed the opening of a consulate in"
                    + " Bukhara."))
        .containsExactlyInAnyOrder("Akmal Rustamov: support", "Sarnai Ganbold: support");
    assertThat(
            statements(
                MEETING + "In this regard, diplomats highly appreciated the level of cooperation."))
        .containsExactlyInAnyOrder("Akmal Rustamov: praise", "Sarnai Ganbold: praise");
    assertThat(
            statements(
                MEETING + "The ministers for their part condemned the attack on the border post."))
        .containsExactlyInAnyOrder("Akmal Rustamov: criticism", "Sarnai Ganbold: criticism");
  }

  @Test
  void aNameJoinedThroughADescriptionSpeaksToo() {
    assertThat(
            statements(
                MEETING
                    + "Mr Rustamov and his Mongolian counterpart Sarnai Ganbold condemned the"
                    + " attack on the border post."))
        .containsExactlyInAnyOrder("Akmal Rustamov: criticism", "Sarnai Ganbold: criticism");
  }

  @Test
  void hopeOrNeedForCooperationIsIntentToCooperateAndNeedAloneAnAppeal() {
    assertThat(
            statements(
                MEETING
                    + "Mr Rustamov expressed hope that the two countries will deepen cooperation"
                    + " in education."))
        .containsExactly("Akmal Rustamov: intent_to_cooperate");
    assertThat(
            statements(
                MEETING + "Ms Ganbold stressed the need to step up efforts against smuggling."))
        .containsExactly("Sarnai Ganbold: appeal");
  }

  @Test
  void aVerbOfWhatIsToBeDoneDoesNotDecideTheStance() {
    assertThat(
            statements(
                MEETING
                    + "Mr Rustamov said the two states would focus on efforts to draft and"
                    + " approve new customs rules."))
        .containsExactly("Akmal Rustamov: comment");
  }

  @Test
  void aWelcomeGivenToAPersonIsAReception() {
    assertThat(
            statements(
                MEETING
                    + "Ms Ganbold welcomed Mr Rustamov to the Ministry of Foreign Affairs and"
                    + " welcomed Uzbekistan's decision to open a consulate."))
        .containsExactly("Sarnai Ganbold: support");
  }

  @Test
  void anOfficialToldOnlyByThePostIsTheOrganisation() {
    assertThat(
            statements(
                "The Secretary-General met with President of Mongolia Bat-Erdene Tsend on"
                    + " Tuesday. The Secretary-General thanked the President for Mongolia's"
                    + " contributions to United Nations peacekeeping. He also encouraged"
                    + " Mongolia to continue its reforms."))
        .containsExactly("UN: thanks", "UN: appeal");
  }
}
