package org.attache.pipeline.events.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.testing.EventTesting.assertPlan;
import static org.attache.pipeline.testing.EventTesting.codes;
import static org.attache.pipeline.testing.EventTesting.extract;
import static org.attache.pipeline.testing.EventTesting.first;

import java.util.List;
import org.attache.model.Agreement;
import org.attache.model.DocumentRecord;
import org.attache.model.Period;
import org.attache.model.Plan;
import org.attache.model.PlanStatus;
import org.junit.jupiter.api.Test;

/** The constructions of joint plans, each on a short text written for the test. */
class PlanConstructionsTest {
  @Test
  void aPlanUnderAnAgreementAndAnotherLikeIt() {
    DocumentRecord record =
        extract(
            "ASEAN and the SCO keep in touch. Under the 2005 SCO-ASEAN memorandum of"
                + " understanding, the SCO is now drafting a list of possible mutual events for"
                + " 2025-2026. The first similar plan was successfully implemented in 2023-2024.");
    Agreement agreement = record.events(Agreement.class).get(0);
    List<Plan> plans = record.events(Plan.class);
    assertThat(plans).hasSize(2);
    assertThat(plans.get(0).period()).isEqualTo(Period.of("2025", "2026"));
    assertThat(plans.get(0).status()).contains(PlanStatus.DRAFTING);
    assertThat(plans.get(0).framework()).contains(agreement.id());
    assertThat(codes(record, plans.get(0).parties())).containsExactly("SCO", "ASEAN");
    assertThat(plans.get(0).title()).contains("list of possible mutual events for 2025-2026");
    assertThat(plans.get(1).period()).isEqualTo(Period.of("2023", "2024"));
    assertThat(plans.get(1).status()).contains(PlanStatus.IMPLEMENTED);
    assertThat(plans.get(1).framework()).contains(agreement.id());
  }

  @Test
  void aPlanSignedForAYearWithItsPartiesInTheTitle() {
    assertPlan(
        first(
            Plan.class,
            "The ministers signed the Plan of Consultations between the Foreign Ministries of"
                + " Kazakhstan and Mongolia for 2025."),
        Period.of("2025", "2025"),
        PlanStatus.APPROVED,
        "KAZ",
        "MNG");
  }

  @Test
  void plansToDoSomethingAreAnIntentionNotAPlan() {
    DocumentRecord record =
        extract("Kazakhstan plans to open a consulate in Ulaanbaatar, which was approved in May.");
    assertThat(record.events(Plan.class)).isEmpty();
  }
}
