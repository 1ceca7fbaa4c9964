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
import org.attache.model.PlanItem;
import org.attache.model.PlanItemKind;
import org.attache.model.PlanItemStatus;
import org.attache.model.PlanStatus;
import org.attache.pipeline.testing.EventTesting.Told;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/**
 * Programmes, road maps, themed days and their events, on texts written for the test (the people
 * are invented; the states and organisations are real).
 */
class PlanKindsTest {
  @Test
  void aProgrammeForYearsJoinedByASlashIsAPlanNotAnAgreement() {
    Told<Plan> told =
        first(
            Plan.class,
            "Armenia and Georgia approved the programme of cooperation between their foreign"
                + " ministries for 2025/2027.");
    assertPlan(told, Period.of("2025", "2027"), PlanStatus.APPROVED, "ARM", "GEO");
    assertThat(told.record().events(Agreement.class)).isEmpty();
  }

  @Test
  void aDraftProgrammeThatWasApprovedIsApproved() {
    assertPlan(
        first(
            Plan.class,
            "The draft action plan of the SCO member states on countering extremism for"
                + " 2026-2028 was approved."),
        Period.of("2026", "2028"),
        PlanStatus.APPROVED,
        "SCO");
  }

  @Test
  void aRoadMapTheyShouldSignIsInDrafting() {
    Plan plan =
        first(
                Plan.class,
                "Minister Alim Karimov suggested that Uzbekistan and Turkey should soon sign a"
                    + " road map on trade.")
            .event();
    assertThat(plan.status()).contains(PlanStatus.DRAFTING);
  }

  @Test
  void daysOfCultureWithTheEventsTheyInclude() {
    Told<Plan> told =
        first(
            Plan.class,
            "The Days of Culture of Mongolia will be held in Kazakhstan on 10-12 May 2024. The"
                + " programme will include a concert of the Morin Khuur ensemble, an exhibition of"
                + " Mongolian painting, film screenings in Almaty. A joint gala concert will be held"
                + " at the Palace of Peace.");
    Plan plan = told.event();
    assertThat(plan.period()).isEqualTo(Period.of("2024-05-10", "2024-05-12"));
    assertThat(plan.status()).contains(PlanStatus.APPROVED);
    assertThat(told.parties()).containsExactlyInAnyOrder("MNG", "KAZ");
    assertThat(plan.items())
        .extracting(PlanItem::title, PlanItem::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "concert of the Morin Khuur ensemble", PlanItemKind.OTHER),
            org.assertj.core.groups.Tuple.tuple(
                "exhibition of Mongolian painting", PlanItemKind.EXHIBITION),
            org.assertj.core.groups.Tuple.tuple("film screenings in Almaty", PlanItemKind.FESTIVAL),
            org.assertj.core.groups.Tuple.tuple("joint gala concert", PlanItemKind.OTHER));
    assertThat(plan.items())
        .allSatisfy(
            item -> {
              assertThat(item.planned()).isEqualTo(plan.period());
              assertThat(item.status()).contains(PlanItemStatus.PLANNED);
            });
  }

  @Test
  void aThemedYearNamedAsATitleIsAPlanInProgress() {
    assertPlan(
        first(
            ExtractorTesting.extract(
                null,
                "Kazakhstan and Mongolia opened a youth forum in Astana. The year 2025 is the Year"
                    + " of Youth Exchange between Kazakhstan and Mongolia.",
                "2025-03-05"),
            Plan.class),
        Period.of("2025", "2025"),
        PlanStatus.IN_PROGRESS,
        "KAZ",
        "MNG");
  }

  @Test
  void aPlanOfAnotherHeadNounIsAnotherPlan() {
    DocumentRecord record =
        extract(
            "The experts of the SCO member states considered the plan of joint actions against"
                + " drug trafficking. The draft programme of cooperation of the SCO member states"
                + " for 2026-2028 was approved.");
    List<Plan> plans = record.events(Plan.class);
    assertThat(plans).hasSize(2);
    assertThat(plans.get(0).status()).contains(PlanStatus.DRAFTING);
    assertThat(plans.get(1).status()).contains(PlanStatus.APPROVED);
    assertThat(plans.get(1).period()).isEqualTo(Period.of("2026", "2028"));
  }

  @Test
  void aPlanToldAgainByTheSameHeadNounIsOnePlan() {
    DocumentRecord record =
        extract(
            "Kyrgyzstan and Tajikistan signed a consultation plan for 2026. The plan of"
                + " consultations was signed by the two ministers in Bishkek.");
    List<Plan> plans = record.events(Plan.class);
    assertThat(plans).hasSize(1);
    assertThat(plans.get(0).period()).isEqualTo(Period.of("2026", "2026"));
    assertThat(codes(record, plans.get(0).parties())).containsExactly("KGZ", "TJK");
  }
}
