package org.attache.store.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IsoDatesTest {
  @Test
  void acceptsYearsMonthsAndDays() {
    assertThat(IsoDates.isValid("2021")).isTrue();
    assertThat(IsoDates.isValid("2021-02")).isTrue();
    assertThat(IsoDates.isValid("2021-02-28")).isTrue();
    assertThat(IsoDates.isValid("2021-02-30")).isFalse();
    assertThat(IsoDates.isValid("2021-13")).isFalse();
    assertThat(IsoDates.isValid("8 February 2021")).isFalse();
  }

  @Test
  void daysAgreeWithinTheWindow() {
    assertThat(IsoDates.compatible("2021-02-08", "2021-02-11", 3)).isTrue();
    assertThat(IsoDates.compatible("2021-02-08", "2021-02-12", 3)).isFalse();
    assertThat(IsoDates.compatible("2021-02-27", "2021-03-01", 3)).isTrue();
  }

  @Test
  void lessPreciseDatesAgreeWhenOneIsAPrefixOfTheOther() {
    assertThat(IsoDates.compatible("2021", "2021-02-08", 3)).isTrue();
    assertThat(IsoDates.compatible("2021-02-08", "2021-02", 3)).isTrue();
    assertThat(IsoDates.compatible("2021-03", "2021-02-28", 3)).isFalse();
    assertThat(IsoDates.compatible("2020", "2021", 3)).isFalse();
  }
}
