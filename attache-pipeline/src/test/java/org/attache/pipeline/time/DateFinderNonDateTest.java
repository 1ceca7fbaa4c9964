package org.attache.pipeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.time.TemporalMention.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Numbers and words that look like dates and are not. */
class DateFinderNonDateTest {
  private static final DateFinder FINDER = new DateFinder();
  private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2021, 2, 8));

  private static List<TemporalMention> find(String text) {
    return FINDER.find(text, PUBLISHED);
  }

  @Test
  void ordinalsAndAnniversaries() {
    assertThat(find("the 14th Summit, the 20th anniversary, its 78th session, the 2nd")).isEmpty();
  }

  @Test
  void numbersWithThousandsSeparators() {
    assertThat(find("2,005 people and 1,2021")).isEmpty();
  }

  @Test
  void decimals() {
    assertThat(find("grew by 2020.5 points")).isEmpty();
  }

  @Test
  void quantitiesWithUnits() {
    assertThat(find("2005 tonnes, 1950 mAh battery, 2021 km, 2000 troops, 1999 %")).isEmpty();
  }

  @Test
  void phoneNumbers() {
    assertThat(find("Tel.: +7 495 2021 2022, call 8 800 2021 555 or (+998 71) 2021-2022"))
        .isEmpty();
  }

  @Test
  void codesAndNames() {
    assertThat(find("COVID-19, G20, G7, 5G, Resolution 2231 and resolution 2025, No. 2021, $2021"))
        .isEmpty();
  }

  @Test
  void decades() {
    assertThat(find("in the 1990s")).isEmpty();
  }

  @Test
  void yearsOutsideTheBareRange() {
    assertThat(find("in 1850 and 2150, room 1200")).isEmpty();
  }

  @Test
  void timesOfDay() {
    assertThat(find("at 10:30 and 22:10")).isEmpty();
  }

  @Test
  void lowercaseMonthsAndWeekdaysAreWords() {
    assertThat(find("they may march on; a monday mood")).isEmpty();
  }

  @Test
  void abbreviationsAloneAreWords() {
    assertThat(find("Jan Kubis met Dec officials in Mar del Plata")).isEmpty();
  }

  @Test
  void numberGluedToAMonthIsNoDay() {
    assertThat(find("In March 1,000 people marched")).containsExactly(date(3, 8, "2021-03"));
  }
}
