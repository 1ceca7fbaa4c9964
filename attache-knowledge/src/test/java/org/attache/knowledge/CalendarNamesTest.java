package org.attache.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarNamesTest {
  @Test
  void monthsAreWrittenOutInLowerCaseJanuaryFirst() {
    assertThat(CalendarNames.MONTHS).hasSize(12).startsWith("january").endsWith("december");
  }

  @Test
  void weekdaysStartOnMonday() {
    assertThat(CalendarNames.WEEKDAYS).hasSize(7).startsWith("monday").endsWith("sunday");
  }

  @Test
  void namesAndAbbreviationsGiveTheMonthNumber() {
    assertThat(CalendarNames.month("may")).isEqualTo(5);
    assertThat(CalendarNames.month("feb")).isEqualTo(2);
    assertThat(CalendarNames.month("sept")).isEqualTo(9);
    assertThat(CalendarNames.month("sep")).isEqualTo(9);
    assertThat(CalendarNames.month("december")).isEqualTo(12);
  }

  @Test
  void otherWordsGiveNone() {
    assertThat(CalendarNames.month("mon")).isZero();
    assertThat(CalendarNames.month("")).isZero();
    assertThat(CalendarNames.month("February")).isZero();
  }
}
