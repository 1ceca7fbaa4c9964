package org.attache.pipeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.time.TemporalMention.date;
import static org.attache.pipeline.time.TemporalMention.period;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateFinderPeriodTest {
  private static final DateFinder FINDER = new DateFinder();

  private static List<TemporalMention> find(String text) {
    return FINDER.find(text, Optional.empty());
  }

  private static List<TemporalMention> find(String text, String published) {
    return FINDER.find(text, Optional.of(LocalDate.parse(published)));
  }

  @Test
  void yearRangeWithHyphen() {
    assertThat(find("events for 2021-2022.")).containsExactly(period(11, 20, "2021", "2022"));
  }

  @Test
  void yearRangeWithEnDash() {
    assertThat(find("in 2021–2022")).containsExactly(period(3, 12, "2021", "2022"));
  }

  @Test
  void yearRangeWithSpacedDash() {
    assertThat(find("in 2019 – 2020")).containsExactly(period(3, 14, "2019", "2020"));
  }

  @Test
  void yearRangeWithTwoDigitEnd() {
    assertThat(find("for 2021-22 and 2019/20"))
        .containsExactly(period(4, 11, "2021", "2022"), period(16, 23, "2019", "2020"));
  }

  @Test
  void twoDigitEndAcrossACentury() {
    assertThat(find("in 1999-00")).containsExactly(period(3, 10, "1999", "2000"));
  }

  @Test
  void twoDigitEndThatCouldBeAMonthReadsAsAPeriod() {
    assertThat(find("in 2009-10")).containsExactly(period(3, 10, "2009", "2010"));
  }

  @Test
  void fiveYearPlan() {
    assertThat(find("in 2020-2025")).containsExactly(period(3, 12, "2020", "2025"));
  }

  @Test
  void fromYearToYear() {
    assertThat(find("from 2019 to 2021")).containsExactly(period(0, 17, "2019", "2021"));
  }

  @Test
  void betweenYearAndYear() {
    assertThat(find("between 2019 and 2021")).containsExactly(period(0, 21, "2019", "2021"));
  }

  @Test
  void betweenMonthsOfAYear() {
    assertThat(find("between March and May 2020"))
        .containsExactly(period(0, 26, "2020-03", "2020-05"));
  }

  @Test
  void monthsAcrossAYearEnd() {
    assertThat(find("from December to February 2021 and from December 2020 to February"))
        .containsExactly(period(0, 30, "2020-12", "2021-02"), period(35, 65, "2020-12", "2021-02"));
  }

  @Test
  void daysAcrossMonths() {
    assertThat(find("from 8 February to 10 March 2021"))
        .containsExactly(period(0, 32, "2021-02-08", "2021-03-10"));
  }

  @Test
  void dayRangeWithMonthAndYearAfter() {
    assertThat(find("February 8-9, 2021"))
        .containsExactly(period(0, 18, "2021-02-08", "2021-02-09"));
  }

  @Test
  void numericDateRange() {
    assertThat(find("08.02.2021 - 10.02.2021"))
        .containsExactly(period(0, 23, "2021-02-08", "2021-02-10"));
  }

  @Test
  void dayRangeResolvedAgainstPublication() {
    assertThat(find("held in Turkmenistan on 24-26 January, BelTA", "2018-01-09"))
        .containsExactly(period(24, 37, "2018-01-24", "2018-01-26"));
  }

  @Test
  void fromDayToDayMonth() {
    assertThat(find("runs from 18 to 26 September.", "2023-09-22"))
        .containsExactly(period(5, 28, "2023-09-18", "2023-09-26"));
  }

  @Test
  void monthDayToDay() {
    assertThat(find("scheduled for May 14 to 15 in Beijing", "2017-05-11"))
        .containsExactly(period(14, 26, "2017-05-14", "2017-05-15"));
  }

  @Test
  void partialRangeWithoutPublicationGivesNothing() {
    assertThat(find("on 24-26 January and from 18 to 26 September")).isEmpty();
  }

  @Test
  void backwardsYearsAreNoPeriod() {
    assertThat(find("score 2022-2021")).isEmpty();
  }

  @Test
  void backwardsDaysAreNoPeriod() {
    assertThat(find("26-24 January 2021")).containsExactly(date(6, 18, "2021-01"));
  }

  @Test
  void numbersWithoutMonthAreNoPeriod() {
    assertThat(find("from 10 to 12 delegates, 3-1 win")).isEmpty();
  }

  @Test
  void datesFollowedByAnUnrelatedDash() {
    assertThat(find("22 July 2014 – The Secretary-General"))
        .containsExactly(date(0, 12, "2014-07-22"));
  }
}
