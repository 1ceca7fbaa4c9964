package org.attache.pipeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.time.TemporalMention.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates that need the publication date: partial dates, weekdays, relative words. */
class DateFinderRelativeTest {
  private static final DateFinder FINDER = new DateFinder();

  private static List<TemporalMention> find(String text, String published) {
    return FINDER.find(text, Optional.of(LocalDate.parse(published)));
  }

  @Test
  void thisMorningIsThePublicationDay() {
    assertThat(find("talks this morning, and this evening", "2016-01-27"))
        .containsExactly(date(6, 18, "2016-01-27"), date(24, 36, "2016-01-27"));
  }

  @Test
  void yearsAgoIsAYear() {
    assertThat(find("since my first visit 10 years ago", "2023-03-21"))
        .containsExactly(date(21, 33, "2013"));
    assertThat(find("a 10-year plan", "2023-03-21")).isEmpty();
  }

  @Test
  void dayMonthInThePublicationYear() {
    assertThat(find("On 13 November, SCO Secretary-General", "2020-11-18"))
        .containsExactly(date(3, 14, "2020-11-13"));
  }

  @Test
  void dayMonthAfterTheYearEndBelongsToThePreviousYear() {
    assertThat(find("on 28 December", "2021-01-03")).containsExactly(date(3, 14, "2020-12-28"));
  }

  @Test
  void dayMonthShortlyAfterPublicationAcrossTheYearEnd() {
    assertThat(find("on 3 January", "2020-12-30")).containsExactly(date(3, 12, "2021-01-03"));
  }

  @Test
  void dayMonthUpToTheHorizonIsAhead() {
    assertThat(find("on 19 December", "2020-11-18")).containsExactly(date(3, 14, "2020-12-19"));
  }

  @Test
  void dayMonthPastTheHorizonIsLastYear() {
    assertThat(find("on 20 December", "2020-11-18")).containsExactly(date(3, 14, "2019-12-20"));
  }

  @Test
  void horizonIsConfigurable() {
    DateFinder week = new DateFinder(7);
    Optional<LocalDate> published = Optional.of(LocalDate.of(2020, 11, 18));
    assertThat(week.find("on 25 November and 26 November", published))
        .containsExactly(date(3, 14, "2020-11-25"), date(19, 30, "2019-11-26"));
  }

  @Test
  void leapDayFallsInTheLatestLeapYear() {
    assertThat(find("on 29 February", "2021-03-10")).containsExactly(date(3, 14, "2020-02-29"));
  }

  @Test
  void monthDayWithoutYear() {
    assertThat(find("in Astana on November 8, Minister", "2018-11-05"))
        .containsExactly(date(13, 23, "2018-11-08"));
  }

  @Test
  void datelineTakesThePublicationYear() {
    assertThat(find("TEHRAN, Oct. 09 (MNA) – Head of", "2018-10-09"))
        .containsExactly(date(8, 15, "2018-10-09"));
  }

  @Test
  void datelineDayFirst() {
    assertThat(find("MINSK, 9 January (BelTA) – The Days", "2018-01-09"))
        .containsExactly(date(7, 16, "2018-01-09"));
  }

  @Test
  void weekdayIsTheLatestOnOrBeforePublication() {
    assertThat(find("During the Monday meeting, Vladimir Norov", "2018-10-09"))
        .containsExactly(date(11, 17, "2018-10-08"));
  }

  @Test
  void weekdayOfThePublicationDayIsThatDay() {
    assertThat(find("talks on Monday", "2021-10-11")).containsExactly(date(9, 15, "2021-10-11"));
  }

  @Test
  void weekdayAcrossAYearEnd() {
    assertThat(find("held talks Thursday", "2021-01-02"))
        .containsExactly(date(11, 19, "2020-12-31"));
  }

  @Test
  void lastAndNextWeekday() {
    assertThat(find("last Monday and next Monday", "2021-10-11"))
        .containsExactly(date(0, 11, "2021-10-04"), date(16, 27, "2021-10-18"));
  }

  @Test
  void holidayIsNoWeekday() {
    assertThat(find("Black Friday sales", "2021-10-11")).isEmpty();
  }

  @Test
  void yesterdayTodayTomorrow() {
    assertThat(find("Yesterday, earlier today and tomorrow", "2024-06-12"))
        .containsExactly(
            date(0, 9, "2024-06-11"), date(19, 24, "2024-06-12"), date(29, 37, "2024-06-13"));
  }

  @Test
  void weekWithinOneMonthGivesTheMonth() {
    assertThat(find("this week and last week", "2017-04-22"))
        .containsExactly(date(0, 9, "2017-04"), date(14, 23, "2017-04"));
  }

  @Test
  void weekAcrossTwoMonthsGivesNothing() {
    assertThat(find("last week", "2024-12-02")).isEmpty();
  }

  @Test
  void relativeMonths() {
    assertThat(find("last month, this month and next month", "2021-01-15"))
        .containsExactly(date(0, 10, "2020-12"), date(12, 22, "2021-01"), date(27, 37, "2021-02"));
  }

  @Test
  void relativeYears() {
    assertThat(find("this year, last year's and next year", "2024-05-02"))
        .containsExactly(date(0, 9, "2024"), date(11, 20, "2023"), date(27, 36, "2025"));
  }

  @Test
  void theLastYearIsNoDate() {
    assertThat(find("over the last year", "2024-05-02")).isEmpty();
  }

  @Test
  void namedMonthRelativeToPublication() {
    assertThat(find("last November and January this year", "2017-05-11"))
        .containsExactly(date(0, 13, "2016-11"), date(18, 35, "2017-01"));
  }

  @Test
  void monthAloneAfterACue() {
    assertThat(find("in June, since July, mid-December", "2017-05-11"))
        .containsExactly(date(3, 7, "2017-06"), date(15, 19, "2016-07"), date(25, 33, "2016-12"));
  }

  @Test
  void monthAloneWithoutACueIsNoDate() {
    assertThat(find("Theresa May and the Long March", "2017-05-11")).isEmpty();
  }

  @Test
  void mayNeedsANarrowCue() {
    assertThat(find("by May; in May", "2017-05-11")).containsExactly(date(11, 14, "2017-05"));
  }

  @Test
  void withoutPublicationDatePartialDatesGiveNothing() {
    assertThat(
            FINDER.find(
                "On 13 November, on Monday, yesterday, last week, this year, in March, Oct. 09",
                Optional.empty()))
        .isEmpty();
  }
}
