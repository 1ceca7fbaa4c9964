package org.attache.pipeline.events.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.testing.EventTesting.MEETING;
import static org.attache.pipeline.testing.EventTesting.codes;
import static org.attache.pipeline.testing.EventTesting.extract;

import java.util.List;
import org.attache.model.Agreement;
import org.attache.model.AgreementStatus;
import org.attache.model.Area;
import org.attache.model.DocumentRecord;
import org.attache.model.Instrument;
import org.junit.jupiter.api.Test;

/**
 * The constructions of agreements, each on a short text written for the test (the people are
 * invented; the states and organisations are real).
 */
class AgreementConstructionsTest {
  @Test
  void theTwoSidesSignAnInstrumentWithItsAreasAndPlace() {
    DocumentRecord record =
        extract(
            MEETING
                + "The two sides signed a memorandum of understanding on cooperation in tourism"
                + " and education in Tashkent.");
    Agreement agreement = record.events(Agreement.class).get(0);
    assertThat(agreement.instrument()).isEqualTo(Instrument.MEMORANDUM_OF_UNDERSTANDING);
    assertThat(codes(record, agreement.parties())).containsExactly("UZB", "MNG");
    assertThat(agreement.status()).contains(AgreementStatus.SIGNED);
    assertThat(agreement.areas()).containsExactly(Area.TOURISM, Area.EDUCATION);
    assertThat(agreement.place().flatMap(p -> p.city())).contains("Tashkent");
    assertThat(agreement.provenance())
        .containsEntry("parties", "collective subject 'two sides': the sides of the meeting");
  }

  @Test
  void anInstrumentMentionedInPassingWithAYearOfItsOwn() {
    DocumentRecord record =
        extract(
            "ASEAN and the SCO keep in touch. Under the 2005 SCO-ASEAN memorandum of"
                + " understanding, the secretariats exchange information every year.");
    Agreement agreement = record.events(Agreement.class).get(0);
    assertThat(codes(record, agreement.parties())).containsExactly("SCO", "ASEAN");
    assertThat(agreement.signed()).contains("2005");
    assertThat(agreement.status()).contains(AgreementStatus.IN_FORCE);
  }

  @Test
  void partiesBetweenAndTheSigningYear() {
    DocumentRecord record =
        extract(
            "A treaty between Kazakhstan and Kyrgyzstan, signed in 2019, provides for the"
                + " demarcation of the state border.");
    Agreement agreement = record.events(Agreement.class).get(0);
    assertThat(agreement.instrument()).isEqualTo(Instrument.TREATY);
    assertThat(codes(record, agreement.parties())).containsExactly("KAZ", "KGZ");
    assertThat(agreement.signed()).contains("2019");
    assertThat(agreement.status()).contains(AgreementStatus.SIGNED);
    assertThat(agreement.areas()).containsExactly(Area.BORDER_SECURITY);
  }

  @Test
  void anInstrumentUnderNegotiation() {
    DocumentRecord record =
        extract(
            MEETING
                + "The ministers agreed to push for early conclusion of the agreement on"
                + " visa-free travel under discussion.");
    Agreement agreement = record.events(Agreement.class).get(0);
    assertThat(agreement.status()).contains(AgreementStatus.NEGOTIATING);
    assertThat(codes(record, agreement.parties())).containsExactly("UZB", "MNG");
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
