package org.attache.pipeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.time.TemporalMention.date;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateFinderFirstDateTest {
  private static final DateFinder FINDER = new DateFinder();
  private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2018, 10, 9));

  @Test
  void firstFullDate() {
    assertThat(
            FINDER.firstDate(
                "On 8 February 2021, the SCO and ASEAN, whose memorandum was signed in 2005, met.",
                PUBLISHED))
        .contains(date(3, 18, "2021-02-08"));
  }

  @Test
  void mostPreciseWinsOverAnEarlierYear() {
    assertThat(FINDER.firstDate("The 2005 memorandum was discussed on Monday.", PUBLISHED))
        .contains(date(37, 43, "2018-10-08"));
  }

  @Test
  void firstAmongEquallyPrecise() {
    assertThat(FINDER.firstDate("Yesterday they recalled the talks of March 8, 2017.", PUBLISHED))
        .contains(date(0, 9, "2018-10-08"));
  }

  @Test
  void periodsDoNotCount() {
    assertThat(FINDER.firstDate("a list of mutual events for 2021-2022", PUBLISHED)).isEmpty();
  }

  @Test
  void nothingWithoutADate() {
    assertThat(FINDER.firstDate("The ministers met.", PUBLISHED)).isEmpty();
  }
}
