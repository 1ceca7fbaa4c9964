package org.attache.pipeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.attache.pipeline.time.TemporalMention.Kind;
import org.junit.jupiter.api.Test;

class TemporalMentionTest {
  @Test
  void dateAtEachPrecision() {
    assertThat(TemporalMention.date(0, 4, "2021").value()).isEqualTo("2021");
    assertThat(TemporalMention.date(0, 7, "2021-02").isFullDate()).isFalse();
    assertThat(TemporalMention.date(0, 10, "2021-02-08").isFullDate()).isTrue();
  }

  @Test
  void period() {
    TemporalMention period = TemporalMention.period(4, 13, "2021", "2022");
    assertThat(period.kind()).isEqualTo(Kind.PERIOD);
    assertThat(period.to()).contains("2022");
    assertThat(period.isFullDate()).isFalse();
  }

  @Test
  void rejectsAnEmptySpan() {
    assertThatThrownBy(() -> TemporalMention.date(3, 3, "2021"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid span [3, 3)");
  }

  @Test
  void rejectsANegativeStart() {
    assertThatThrownBy(() -> TemporalMention.date(-1, 3, "2021"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid span [-1, 3)");
  }

  @Test
  void rejectsAValueThatIsNotIso() {
    assertThatThrownBy(() -> TemporalMention.date(0, 4, "8 February 2021"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an ISO 8601 year, month or day: '8 February 2021'");
  }

  @Test
  void rejectsAnEndThatIsNotIso() {
    assertThatThrownBy(() -> TemporalMention.period(0, 4, "2021", "22"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an ISO 8601 year, month or day: '22'");
  }

  @Test
  void rejectsAPeriodWithoutEnd() {
    assertThatThrownBy(() -> new TemporalMention(0, 4, Kind.PERIOD, "2021", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a period needs its end: 2021");
  }

  @Test
  void rejectsADateWithAnEnd() {
    assertThatThrownBy(() -> new TemporalMention(0, 4, Kind.DATE, "2021", Optional.of("2022")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a date has no end: 2021 to 2022");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> new TemporalMention(0, 4, null, "2021", Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind is null");
    assertThatThrownBy(() -> new TemporalMention(0, 4, Kind.DATE, "2021", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("to is null");
  }
}
