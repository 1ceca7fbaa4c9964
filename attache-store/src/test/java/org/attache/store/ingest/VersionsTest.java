package org.attache.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionsTest {
  @Test
  void aLaterReleaseReplacesAnEarlierOneAndNeverTheReverse() {
    assertThat(Versions.replaces("0.2.0", "0.1.0")).isTrue();
    assertThat(Versions.replaces("0.10.0", "0.9.3")).isTrue();
    assertThat(Versions.replaces("0.2.0+aaaaaaaaaaaa", "0.1.0+ffffffffffff")).isTrue();
    assertThat(Versions.replaces("0.1.0", "0.2.0")).isFalse();
    assertThat(Versions.replaces("0.1.0+ffffffffffff", "0.2.0+aaaaaaaaaaaa")).isFalse();
    assertThat(Versions.replaces("0.9.3", "0.10.0")).isFalse();
  }

  @Test
  void anotherBuildOfTheSameReleaseReplacesTheStoredOneEitherWay() {
    assertThat(Versions.replaces("0.1.0+858506cb7cfd", "0.1.0+0e1c2b3a4f5d")).isTrue();
    assertThat(Versions.replaces("0.1.0+0e1c2b3a4f5d", "0.1.0+858506cb7cfd")).isTrue();
  }

  @Test
  void aBuildReplacesTheReleaseStoredWithoutADigest() {
    assertThat(Versions.replaces("0.1.0+858506cb7cfd", "0.1.0")).isTrue();
  }

  @Test
  void theSameVersionReplacesNothing() {
    assertThat(Versions.replaces("0.1.0+858506cb7cfd", "0.1.0+858506cb7cfd")).isFalse();
    assertThat(Versions.replaces("0.1.0", "0.1.0")).isFalse();
    assertThat(Versions.replaces("0.1.0", "0.1")).isFalse();
  }
}
