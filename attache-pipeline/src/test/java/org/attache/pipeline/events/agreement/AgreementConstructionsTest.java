package org.attache.pipeline.events.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.testing.EventTesting.MEETING;
import static org.attache.pipeline.testing.EventTesting.assertAgreement;
import static org.attache.pipeline.testing.EventTesting.extract;
import static org.attache.pipeline.testing.EventTesting.first;

import java.util.List;
import org.attache.model.Agreement;
import org.attache.model.AgreementStatus;
import org.attache.model.Area;
import org.attache.model.DocumentRecord;
import org.attache.model.Instrument;
import org.attache.pipeline.testing.EventTesting.Told;
import org.junit.jupiter.api.Test;

/**
 * The constructions of agreements, each on a short text written for the test (the people are
 * invented; the states and organisations are real).
 */
class AgreementConstructionsTest {
  @Test
  void theTwoSidesSignAnInstrumentWithItsAreasAndPlace() {
    Told<Agreement> told =
        first(
            Agreement.class,
            MEETING
                + "The two sides signed a memorandum of understanding on cooperation in tourism"
                + " and education in Tashkent.");
    assertAgreement(told, AgreementStatus.SIGNED, "UZB", "MNG");
    Agreement agreement = told.event();
    assertThat(agreement.instrument()).isEqualTo(Instrument.MEMORANDUM_OF_UNDERSTANDING);
    assertThat(agreement.areas()).containsExactly(Area.TOURISM, Area.EDUCATION);
    assertThat(agreement.place().flatMap(p -> p.city())).contains("Tashkent");
    assertThat(agreement.provenance())
        .containsEntry("parties", "collective subject 'two sides': the sides of the meeting");
  }

  @Test
  void anInstrumentMentionedInPassingWithAYearOfItsOwn() {
    Told<Agreement> told =
        first(
            Agreement.class,
            "ASEAN and the SCO keep in touch. Under the 2005 SCO-ASEAN memorandum of"
                + " understanding, the secretariats exchange information every year.");
    assertAgreement(told, AgreementStatus.IN_FORCE, "SCO", "ASEAN");
    assertThat(told.event().signed()).contains("2005");
  }

  @Test
  void partiesBetweenAndTheSigningYear() {
    Told<Agreement> told =
        first(
            Agreement.class,
            "A treaty between Kazakhstan and Kyrgyzstan, signed in 2019, provides for the"
                + " demarcation of the state border.");
    assertAgreement(told, AgreementStatus.SIGNED, "KAZ", "KGZ");
    Agreement agreement = told.event();
    assertThat(agreement.instrument()).isEqualTo(Instrument.TREATY);
    assertThat(agreement.signed()).contains("2019");
    assertThat(agreement.areas()).containsExactly(Area.BORDER_SECURITY);
  }

  @Test
  void anInstrumentUnderNegotiation() {
    assertAgreement(
        first(
            Agreement.class,
            MEETING
                + "The ministers agreed to push for early conclusion of the agreement on"
                + " visa-free travel under discussion."),
        AgreementStatus.NEGOTIATING,
        "UZB",
        "MNG");
  }

  @Test
  void agreementReachedIsNoInstrumentNorIsAnOrganisationsName() {
    DocumentRecord record =
        extract(
            "Agreement was reached on closer ties between Kazakhstan and the Collective Security"
                + " Treaty Organization, and the agreements reached by the presidents were"
                + " reviewed.");
    assertThat(record.events(Agreement.class)).isEmpty();
  }

  @Test
  void twoMentionsOfOneInstrumentAreOneAgreement() {
    DocumentRecord record =
        extract(
            "Under the 2005 SCO-ASEAN memorandum of understanding, the secretariats plan joint"
                + " events. A memorandum of understanding between the SCO and ASEAN, signed in"
                + " 2005, stipulates cooperation to combat terrorism and money laundering.");
    List<Agreement> agreements = record.events(Agreement.class);
    assertThat(agreements).hasSize(1);
    assertThat(agreements.get(0).areas()).containsExactly(Area.TERRORISM, Area.MONEY_LAUNDERING);
    assertThat(agreements.get(0).evidence()).hasSize(2);
  }
}
