package org.attache.pipeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.time.TemporalMention.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates that the text gives in full, which need no publication date. */
class DateFinderAbsoluteTest {
  private static final DateFinder FINDER = new DateFinder();

  private static List<TemporalMention> find(String text) {
    return FINDER.find(text, Optional.empty());
  }

  @Test
  void dayMonthYear() {
    assertThat(find("On 8 February 2021, the SCO Secretariat"))
        .containsExactly(date(3, 18, "2021-02-08"));
  }

  @Test
  void monthDayCommaYear() {
    assertThat(find("signed on February 8, 2021.")).containsExactly(date(10, 26, "2021-02-08"));
  }

  @Test
  void ordinalDayOfMonthYear() {
    assertThat(find("the 8th of February 2021")).containsExactly(date(4, 24, "2021-02-08"));
  }

  @Test
  void abbreviatedMonthWithDot() {
    assertThat(find("Feb. 8, 2021 and Sept. 30, 2020"))
        .containsExactly(date(0, 12, "2021-02-08"), date(17, 31, "2020-09-30"));
  }

  @Test
  void abbreviatedMonthBeforeYear() {
    assertThat(find("in Sept 2020")).containsExactly(date(3, 12, "2020-09"));
  }

  @Test
  void isoDate() {
    assertThat(find("ZACKS 2025-11-10 23:30")).containsExactly(date(6, 16, "2025-11-10"));
  }

  @Test
  void dottedDateIsDayFirst() {
    assertThat(find("on 08.02.2021 in Beijing")).containsExactly(date(3, 13, "2021-02-08"));
  }

  @Test
  void hyphenatedDateIsDayFirst() {
    assertThat(find("Updated: 18-02-2021 22:10 IST")).containsExactly(date(9, 19, "2021-02-18"));
  }

  @Test
  void slashedDateIsDayFirstUnlessOnlyMonthFirstFits() {
    assertThat(find("08/02/2021 or 12/25/2020"))
        .containsExactly(date(0, 10, "2021-02-08"), date(14, 24, "2020-12-25"));
  }

  @Test
  void impossibleNumericDateIsNothing() {
    assertThat(find("31.02.2021 and 2021-13-01")).isEmpty();
  }

  @Test
  void noSuchDayGivesTheMonth() {
    assertThat(find("29 February 2022 and February 30, 2020"))
        .containsExactly(date(0, 16, "2022-02"), date(21, 38, "2020-02"));
  }

  @Test
  void monthYear() {
    assertThat(find("In February 2021 the")).containsExactly(date(3, 16, "2021-02"));
  }

  @Test
  void isoMonth() {
    assertThat(find("report 2021-02 issued")).containsExactly(date(7, 14, "2021-02"));
  }

  @Test
  void bareYears() {
    assertThat(find("under the 2005 memorandum, signed in 2005, and since mid-2019"))
        .containsExactly(date(10, 14, "2005"), date(37, 41, "2005"), date(57, 61, "2019"));
  }

  @Test
  void yearOfAnAgenda() {
    assertThat(find("the 2030 Agenda")).containsExactly(date(4, 8, "2030"));
  }

  @Test
  void possessiveYear() {
    assertThat(find("2021's priorities")).containsExactly(date(0, 4, "2021"));
  }

  @Test
  void weekdayBeforeAFullDateIsOneDate() {
    assertThat(find("on Tuesday (14 May 2019). Tuesday, October 10, 2023 – Morning Update"))
        .containsExactly(date(3, 24, "2019-05-14"), date(26, 51, "2023-10-10"));
  }

  @Test
  void datelineWithAFullDate() {
    assertThat(find("St. Petersburg, 17 June 2016\nThe Secretary-General"))
        .containsExactly(date(16, 28, "2016-06-17"));
  }

  @Test
  void fullDatesDoNotDependOnThePublicationDate() {
    assertThat(FINDER.find("On 8 February 2021", Optional.of(LocalDate.of(2030, 1, 1))))
        .containsExactly(date(3, 18, "2021-02-08"));
  }

  @Test
  void uppercaseMonth() {
    assertThat(find("8 FEBRUARY 2021")).containsExactly(date(0, 15, "2021-02-08"));
  }
}
