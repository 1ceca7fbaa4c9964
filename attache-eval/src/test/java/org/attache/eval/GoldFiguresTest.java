package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the extractor's figures on each development gold set (dev: 161 documents in English; dev-ru
 * and dev-zh: 33 in Russian and in Chinese) from sliding back. The floors are the figures last
 * measured, rounded down to two places; each change that raises a figure raises its floor, until
 * they reach the targets of the extraction issues (issue 18 for Russian and Chinese). The floors of
 * what only the English set is scored on stand in {@link DevGoldFiguresTest}.
 */
class GoldFiguresTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({"dev, 0.94, 0.96", "dev-ru, 0.98, 0.99", "dev-zh, 0.78, 0.91"})
  void peopleWithTheirPosts(String set, double correct, double names) {
    PeopleFigures people = TestingGold.evaluate(set).total().people().orElseThrow();
    assertThat(people.correct().f1()).isGreaterThanOrEqualTo(correct);
    assertThat(people.names().f1()).isGreaterThanOrEqualTo(names);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"dev, 0.81, 0.78", "dev-ru, 0.84, 0.83", "dev-zh, 0.73, 0.72"})
  void meetingsAndTheirParticipants(String set, double events, double participants) {
    MeetingFigures meetings = TestingGold.evaluate(set).total().meetings().orElseThrow();
    assertThat(meetings.events().f1()).isGreaterThanOrEqualTo(events);
    assertThat(meetings.participants().f1()).isGreaterThanOrEqualTo(participants);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"dev, 0.75", "dev-ru, 0.64", "dev-zh, 0.63"})
  void statementsBySpeakerAndStance(String set, double statements) {
    Score score = TestingGold.evaluate(set).total().statements().orElseThrow();
    assertThat(score.f1()).isGreaterThanOrEqualTo(statements);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"dev, 0.89, 0.84", "dev-ru, 0.75, 0.6", "dev-zh, 0.99, 0.95"})
  void agreementsAndPlans(String set, double agreements, double plans) {
    Figures total = TestingGold.evaluate(set).total();
    assertThat(total.agreements().orElseThrow().events().f1()).isGreaterThanOrEqualTo(agreements);
    assertThat(total.plans().orElseThrow().events().f1()).isGreaterThanOrEqualTo(plans);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "dev-ru", "dev-zh"})
  void nothingReportedInTheDocumentsThatAreNotDiplomatic(String set) {
    assertThat(TestingGold.evaluate(set).falseAlarms()).isEmpty();
  }
}
