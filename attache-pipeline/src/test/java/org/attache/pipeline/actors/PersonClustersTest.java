package org.attache.pipeline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonClustersTest {
  @Test
  void aSurnameJoinsTheFullName() {
    assertThat(PersonClusters.sameName(List.of("norov"), List.of("vladimir", "norov"))).isTrue();
  }

  @Test
  void aFamilyNameWrittenFirstJoinsTheFullName() {
    assertThat(PersonClusters.sameName(List.of("chen"), List.of("chen", "dehai"))).isTrue();
  }

  @Test
  void aMiddleWordAloneDoesNotJoin() {
    assertThat(PersonClusters.sameName(List.of("rahmani"), List.of("pehin", "rahmani", "basir")))
        .isFalse();
  }

  @Test
  void twoWordsOfALongerNameJoinIt() {
    assertThat(
            PersonClusters.sameName(
                List.of("rahmani", "basir"), List.of("pehin", "rahmani", "basir")))
        .isTrue();
  }

  @Test
  void differentSurnamesDoNotJoin() {
    assertThat(PersonClusters.sameName(List.of("sergey", "lavrov"), List.of("sergey", "shoigu")))
        .isFalse();
  }

  @Test
  void transliteratedGivenNamesJoin() {
    assertThat(PersonClusters.sameName(List.of("sergei", "lavrov"), List.of("sergey", "lavrov")))
        .isTrue();
    assertThat(PersonClusters.sameName(List.of("anthoni", "blinken"), List.of("antony", "blinken")))
        .isTrue();
  }

  @Test
  void differentGivenNamesOfOneFamilyStayApart() {
    assertThat(PersonClusters.sameName(List.of("mark", "smith"), List.of("mary", "smith")))
        .isFalse();
  }
}
