package org.attache.pipeline.events.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.testing.EventTesting.assertAgreement;
import static org.attache.pipeline.testing.EventTesting.codes;
import static org.attache.pipeline.testing.EventTesting.extract;
import static org.attache.pipeline.testing.EventTesting.first;

import java.util.List;
import java.util.Set;
import org.attache.model.Agreement;
import org.attache.model.AgreementStatus;
import org.attache.model.Area;
import org.attache.model.DocumentRecord;
import org.attache.model.Instrument;
import org.attache.pipeline.testing.EventTesting.Told;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/**
 * Several instruments told at once, on texts written for the test (the people are invented; the
 * states are real): a count, a list of subjects, a later plural giving the subjects, a list of
 * documents under a heading, and well-known instruments named without an instrument noun.
 */
class SeveralInstrumentsTest {
  private static List<Set<Area>> areas(List<Agreement> agreements) {
    return agreements.stream().map(a -> Set.copyOf(a.areas())).toList();
  }

  @Test
  void aCountWithAListOfSubjectsIsOneInstrumentPerSubject() {
    DocumentRecord record =
        extract(
            "Kazakhstan and Mongolia signed four memoranda of understanding on health, education,"
                + " tourism and agriculture in Astana on 4 March.");
    List<Agreement> agreements = record.events(Agreement.class);
    assertThat(agreements).hasSize(4);
    assertThat(agreements)
        .allSatisfy(
            a -> {
              assertThat(a.instrument()).isEqualTo(Instrument.MEMORANDUM_OF_UNDERSTANDING);
              assertThat(codes(record, a.parties())).containsExactly("KAZ", "MNG");
              assertThat(a.signed()).contains("2024-03-04");
              assertThat(a.status()).contains(AgreementStatus.SIGNED);
            });
    assertThat(areas(agreements))
        .containsExactly(
            Set.of(Area.HEALTH),
            Set.of(Area.EDUCATION),
            Set.of(Area.TOURISM),
            Set.of(Area.AGRICULTURE));
  }

  @Test
  void aCountWithoutSubjectsIsThatManyInstruments() {
    DocumentRecord record = extract("Two MoUs were signed by Uzbekistan and Mongolia today.");
    List<Agreement> agreements = record.events(Agreement.class);
    assertThat(agreements).hasSize(2);
    assertThat(agreements)
        .extracting(Agreement::signed)
        .containsOnly(java.util.Optional.of("2024-03-05"));
  }

  @Test
  void aLaterPluralGivesTheSubjectsOfTheCountedInstruments() {
    DocumentRecord record =
        extract(
            "On Monday, Vietnam and Laos signed three memoranda of understanding. The memoranda"
                + " cover cooperation in trade, energy and transport.");
    List<Agreement> agreements = record.events(Agreement.class);
    assertThat(agreements).hasSize(3);
    assertThat(areas(agreements))
        .containsExactly(Set.of(Area.TRADE), Set.of(Area.ENERGY), Set.of(Area.TRANSPORT));
    assertThat(agreements.get(0).signed()).contains("2024-03-04");
  }

  @Test
  void aListOfDocumentsUnderAHeadingReplacesTheCount() {
    DocumentRecord record =
        extract(
            "Kyrgyzstan and Tajikistan signed three documents on Monday.\n"
                + "The documents signed are as follows:\n"
                + "1) Agreement on cooperation in the field of tourism;\n"
                + "2) Memorandum of understanding on customs cooperation;\n"
                + "3) Protocol on cooperation in education.\n");
    List<Agreement> agreements = record.events(Agreement.class);
    assertThat(agreements)
        .extracting(Agreement::instrument)
        .containsExactly(
            Instrument.AGREEMENT, Instrument.MEMORANDUM_OF_UNDERSTANDING, Instrument.PROTOCOL);
    assertThat(agreements)
        .allSatisfy(a -> assertThat(codes(record, a.parties())).containsExactly("KGZ", "TJK"));
    assertThat(areas(agreements))
        .containsExactly(Set.of(Area.TOURISM), Set.of(Area.CUSTOMS), Set.of(Area.EDUCATION));
  }

  @Test
  void aWellKnownInstrumentNamedByItsAcronym() {
    Told<Agreement> told =
        first(
            Agreement.class,
            "Russia and the United States discussed the future of New START, which expires in"
                + " 2026, and compliance with the NPT.");
    Agreement start = told.event();
    assertThat(start.instrument()).isEqualTo(Instrument.TREATY);
    assertThat(told.parties()).containsExactlyInAnyOrder("RUS", "USA");
    assertThat(start.signed()).contains("2010");
    assertThat(start.provenance().get("instrument")).startsWith("known-instruments.tsv: New START");
  }

  @Test
  void talksOnATradeAgreementAreANegotiation() {
    assertAgreement(
        first(
            Agreement.class,
            "Indonesia and the European Union agreed to continue talks on a free trade agreement"
                + " next month."),
        AgreementStatus.NEGOTIATING,
        "IDN",
        "EU");
  }

  @Test
  void aTreatySignedYearsAgo() {
    Agreement agreement =
        first(
                Agreement.class,
                "Armenia and Georgia marked the anniversary of the treaty of friendship between"
                    + " them, signed thirty years ago.")
            .event();
    assertThat(agreement.signed()).contains("1994");
  }

  @Test
  void aDocumentTitledAsAJointStatementIsThatStatement() {
    Told<Agreement> told =
        first(
            ExtractorTesting.extract(
                "Joint Statement of Azerbaijan and Uzbekistan",
                "Baku, 12 May 2023\n\nThe sides reaffirmed their commitment to cooperation in"
                    + " energy.",
                null),
            Agreement.class);
    assertThat(told.event().instrument()).isEqualTo(Instrument.JOINT_STATEMENT);
    assertThat(told.parties()).containsExactly("AZE", "UZB");
    assertThat(told.event().signed()).contains("2023-05-12");
  }
}
