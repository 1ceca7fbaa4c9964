package org.attache.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequireTest {
  @Test
  void acceptsValuesThatAreAllPresent() {
    assertThatCode(() -> Require.nonNull("date, city", "2021", "Astana"))
        .doesNotThrowAnyException();
  }

  @Test
  void namesTheFirstNullValue() {
    assertThatThrownBy(() -> Require.nonNull("date, city, country", "2021", null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("city is null");
  }

  @Test
  void refusesNamesThatDoNotMatchTheValues() {
    assertThatThrownBy(() -> Require.nonNull("date, city", "2021"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2 names for 1 values: 'date, city'");
  }
}
