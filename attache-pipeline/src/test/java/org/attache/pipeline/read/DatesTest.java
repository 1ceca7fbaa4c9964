package org.attache.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
  private static final LocalDate FEBRUARY_8 = LocalDate.of(2021, 2, 8);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2021-02-08",
        " 2021-02-08 ",
        "2021-02-08T10:15:30Z",
        "2021-02-08T23:15:30-05:00",
        "2021-02-08T10:15:30.123+0800",
        "2021-02-08T10:15",
        "2021-02-08 10:15:30 UTC",
        "8 February 2021",
        "08 February 2021",
        "8th February, 2021",
        "8 Feb 2021",
        "February 8, 2021",
        "Feb. 8, 2021",
        "february 8 2021",
        "Monday, 8 February 2021",
        "Monday, February 8, 2021 10:00 AM",
        "Mon, 8 Feb 2021 10:00:00 GMT"
      })
  void acceptsIsoAndEnglishForms(String value) {
    assertThat(Dates.parse(value)).contains(FEBRUARY_8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "2021",
        "2021-02",
        "2021-02-30",
        "2021-13-01",
        "8 Brumaire 2021",
        "sometime in spring",
        "08/02/2021",
        "2021-02-08garbage",
        "February 30, 2021"
      })
  void ignoresWhatIsNotOneDate(String value) {
    assertThat(Dates.parse(value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0000-sco-asean-2021-02-08.txt",
        "2021-02-08.html",
        "2019-01-01-to-2021-02-08.txt",
        "news 2021-02-08"
      })
  void findsTheLastDateInAFileName(String name) {
    assertThat(Dates.inFileName(name)).contains(FEBRUARY_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0005.txt", "12021-02-08.txt", "2021-02-081.txt", "2021-02-31.txt"})
  void findsNoDateInOtherFileNames(String name) {
    assertThat(Dates.inFileName(name)).isEmpty();
  }
}
