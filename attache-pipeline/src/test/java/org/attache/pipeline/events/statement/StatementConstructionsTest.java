package org.attache.pipeline.events.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.Actor;
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
  private static final String MEETING =
      "On 4 March 2024, Minister of Foreign Affairs of Uzbekistan Akmal Rustamov met with"
          + " Minister of Foreign Affairs of Mongolia Sarnai Ganbold in Tashkent. ";

  private static List<String> statements(String body) {
    DocumentRecord record = ExtractorTesting.extract(null, body, "2024-03-05");
    List<String> found = new ArrayList<>();
    for (Statement statement : record.events(Statement.class)) {
      Actor speaker = record.actor(statement.speaker()).orElseThrow();
      found.add(speaker.code().orElse(speaker.name()) + ": " + statement.stance().code());
    }
    return found;
  }

  private static List<String> statements(String title, String body) {
    DocumentRecord record = ExtractorTesting.extract(title, body, "2024-03-05");
    List<String> found = new ArrayList<>();
    for (Statement statement : record.events(Statement.class)) {
      found.add(
          record.actor(statement.speaker()).orElseThrow().name()
              + ": "
              + statement.stance().code());
    }
    return found;
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
}
