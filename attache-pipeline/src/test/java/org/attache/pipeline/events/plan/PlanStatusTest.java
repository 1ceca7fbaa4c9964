package org.attache.pipeline.events.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.model.Period;
import org.attache.model.Plan;
import org.attache.model.PlanStatus;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/**
 * Where a plan stands when no verb of its own says so, on texts written for the test (the people
 * are invented; the states are real).
 */
class PlanStatusTest {
  private static Plan plan(String body, String published) {
    return ExtractorTesting.extract(null, body, published).events(Plan.class).get(0);
  }

  @Test
  void draftingThatIsOnlyDiscussedIsProposed() {
    Plan plan =
        plan(
            "Kazakhstan and Mongolia exchanged views on expanding trade and on drafting a road map"
                + " of cooperation.",
            "2024-03-05");
    assertThat(plan.status()).contains(PlanStatus.PROPOSED);
    assertThat(plan.provenance().get("status"))
        .isEqualTo("plan-cues.tsv: drafting, under a verb of discussion: proposed");
  }

  @Test
  void draftingTheSidesAreDoingIsDrafting() {
    Plan plan =
        plan(
            "The ministers discussed trade. Kazakhstan and Mongolia are drafting a road map of"
                + " cooperation.",
            "2024-03-05");
    assertThat(plan.status()).contains(PlanStatus.DRAFTING);
  }

  @Test
  void aThemedYearOfADocumentWithNoDateIsPlacedByTheMeetingTold() {
    Plan plan =
        plan(
            "On 12 May 2019, Minister of Foreign Affairs of Laos Somsak Vongsa met with Minister"
                + " of Foreign Affairs of Cambodia Dara Chan in Vientiane. The year 2019 is the"
                + " Year of Laos-Cambodia Friendship.",
            null);
    assertThat(plan.period()).isEqualTo(Period.of("2019", "2019"));
    assertThat(plan.status()).contains(PlanStatus.IN_PROGRESS);
  }
}
