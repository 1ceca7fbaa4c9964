package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatePrefixesTest {
  @ParameterizedTest
  @CsvSource({
    "2021, 2021-02-08, true",
    "2021-02-08, 2021, true",
    "2021-02, 2021-02-08, true",
    "2021, 2021, true",
    "2021-02-08, 2021-02-08, true",
    "2021-02-08, 2021-02-09, false",
    "2021-02, 2021-03-01, false",
    "2021, 2022-01-01, false",
    "2021-1, 2021-11-02, false",
    "2021-02-08, 2021-02-08T10:00, true",
  })
  void matchesByPrefixUnlessBothAreFullDates(String a, String b, boolean expected) {
    assertThat(DatePrefixes.match(a, b)).isEqualTo(expected);
  }

  @Test
  void unknownDatesDoNotPreventPairing() {
    assertThat(DatePrefixes.compatible(Optional.empty(), Optional.of("2021"))).isTrue();
    assertThat(DatePrefixes.compatible(Optional.of("2021"), Optional.empty())).isTrue();
    assertThat(DatePrefixes.compatible(Optional.of("2021"), Optional.of("2020"))).isFalse();
  }

  @Test
  void aDateWhereTheGoldHasNoneIsWrong() {
    assertThat(DatePrefixes.correct(Optional.empty(), Optional.empty())).isTrue();
    assertThat(DatePrefixes.correct(Optional.empty(), Optional.of("2021-02-08"))).isFalse();
    assertThat(DatePrefixes.correct(Optional.of("2021"), Optional.empty())).isFalse();
    assertThat(DatePrefixes.correct(Optional.of("2021"), Optional.of("2021-02-08"))).isTrue();
  }

  @Test
  void readsTheYear() {
    assertThat(DatePrefixes.year(Optional.of("2005-06-12"))).contains("2005");
    assertThat(DatePrefixes.year(Optional.of("June"))).isEmpty();
    assertThat(DatePrefixes.year(Optional.empty())).isEmpty();
  }
}
