package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the figures that only the English development gold set (161 documents) is scored on from
 * sliding back: meeting dates and places, agreement areas, plan status and items, priorities and
 * establishments. The floors are the figures last measured, rounded down to two places; each change
 * that raises a figure raises its floor. The floors of every set stand in {@link GoldFiguresTest}.
 */
class DevGoldFiguresTest {
  private static Report report;

  @BeforeAll
  static void evaluate() {
    report = TestingGold.evaluate("dev");
  }

  @Test
  void meetingDates() {
    assertThat(report.total().meetings().orElseThrow().date().value().orElseThrow())
        .isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void meetingPlaces() {
    assertThat(report.total().meetings().orElseThrow().place().value().orElseThrow())
        .isGreaterThanOrEqualTo(0.89);
  }

  @Test
  void agreementAreas() {
    assertThat(report.total().agreements().orElseThrow().areas().f1()).isGreaterThanOrEqualTo(0.75);
  }

  @Test
  void planStatusAndItems() {
    PlanFigures plans = report.total().plans().orElseThrow();
    assertThat(plans.status().value().orElseThrow()).isGreaterThanOrEqualTo(0.94);
    assertThat(plans.items().orElseThrow().f1()).isGreaterThanOrEqualTo(0.93);
  }

  @Test
  void prioritiesAndEstablishments() {
    Figures total = report.total();
    assertThat(total.priorities().orElseThrow().f1()).isGreaterThanOrEqualTo(0.53);
    assertThat(total.establishments().orElseThrow().f1()).isGreaterThanOrEqualTo(0.2);
  }
}
