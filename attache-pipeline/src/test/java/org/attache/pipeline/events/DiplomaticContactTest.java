package org.attache.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.Actor;
import org.attache.model.DocumentRecord;
import org.attache.model.Event;
import org.attache.model.Statement;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.TextNormaliser;
import org.attache.pipeline.read.SourceDocument;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/**
 * Whether a document reports diplomatic contact, on short texts written for the test (the people
 * are invented; the states and organisations are real). Each domestic text is first shown to give a
 * statement before the decision, so that its empty record is the decision's doing.
 */
class DiplomaticContactTest {
  private static SourceDocument document(String body) {
    return new SourceDocument(
        "test",
        Optional.empty(),
        Optional.of(LocalDate.parse("2024-05-02")),
        body,
        Optional.empty());
  }

  /** The statements found before the document-level decision, as "speaker: stance". */
  private static List<String> statementsBeforeTheDecision(String body) {
    SourceDocument document = document(body);
    Analysis analysis =
        ExtractorTesting.extractor()
            .pipeline()
            .through("establishments")
            .run(Analysis.of(document, TextNormaliser.normalise(document.text())));
    List<String> found = new ArrayList<>();
    for (Event event : analysis.events()) {
      if (event instanceof Statement statement) {
        Actor speaker = analysis.actorTable().actor(statement.speaker()).orElseThrow();
        found.add(speaker.code().orElse(speaker.name()) + ": " + statement.stance().code());
      }
    }
    return found;
  }

  private static DocumentRecord record(String body) {
    return ExtractorTesting.extractor().extract(document(body));
  }

  @Test
  void anOfficialSpeakingOfTheirOwnCountryOnlyIsDomesticNews() {
    String body =
        "Floods swept through three provinces of Kenya on Tuesday. The Government of Kenya said"
            + " at least twelve people had died and urged residents to move to higher ground.";
    assertThat(statementsBeforeTheDecision(body)).isNotEmpty();
    DocumentRecord record = record(body);
    assertThat(record.events()).isEmpty();
    assertThat(record.document().diplomatic()).isFalse();
  }

  @Test
  void aStateNamedOnlyInTheNameOfAnAgencyIsNoOtherSide() {
    String body =
        "A strong earthquake struck the coast of Chile on Monday. The Government of Chile said the"
            + " quake had a magnitude of 7.1, while the U.S. Geological Survey measured it at 6.9.";
    assertThat(statementsBeforeTheDecision(body)).isNotEmpty();
    assertThat(record(body).events()).isEmpty();
  }

  @Test
  void aStatementAboutAnotherStateIsContact() {
    DocumentRecord record =
        record(
            "The Government of Kenya said on Tuesday that it welcomed the decision of Tanzania to"
                + " reopen the border crossing at Namanga.");
    assertThat(record.events(Statement.class)).isNotEmpty();
    assertThat(record.document().diplomatic()).isTrue();
  }

  @Test
  void anInternationalOrganisationSpeakingIsContact() {
    DocumentRecord record =
        record(
            "The World Health Organization said on Tuesday that the outbreak of cholera in the"
                + " region had slowed.");
    assertThat(record.events(Statement.class)).isNotEmpty();
  }

  @Test
  void theVocabularyOfDiplomacyMakesAStatementContact() {
    DocumentRecord record =
        record(
            "Minister of Foreign Affairs of Kenya Peter Otieno said on Tuesday that the ministry"
                + " would open two more embassies next year.");
    assertThat(record.events(Statement.class)).isNotEmpty();
  }
}
