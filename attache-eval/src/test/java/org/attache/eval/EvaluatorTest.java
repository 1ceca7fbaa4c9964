package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.attache.model.Participant;
import org.attache.model.Role;
import org.attache.model.Stance;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  @Test
  void microAveragesBySummingCountsOverDocuments() {
    Gold first =
        Gold.of(Optional.empty(), true)
            .withPeople(List.of(Gold.Person.of("Vladimir Norov", "Secretary-General", "SCO", null)))
            .withStatements(
                List.of(
                    Gold.Statement.of("Vladimir Norov", "comment"),
                    Gold.Statement.of("Vladimir Norov", "thanks")));
    TestingRecords firstRecord = new TestingRecords();
    String norov = firstRecord.person("Vladimir Norov");
    firstRecord.statement(norov, Stance.COMMENT);
    Gold second =
        Gold.of(Optional.empty(), true)
            .withStatements(
                List.of(
                    Gold.Statement.of("Sergey Lavrov", "appeal"),
                    Gold.Statement.of("Sergey Lavrov", "support", "comment")));
    TestingRecords secondRecord = new TestingRecords();
    String lavrov = secondRecord.person("Sergey Lavrov");
    secondRecord
        .statement(lavrov, Stance.APPEAL)
        .statement(lavrov, Stance.COMMENT)
        .statement(lavrov, Stance.COMMENT)
        .statement(lavrov, Stance.PRAISE);

    Report report =
        Evaluator.evaluate(
            List.of(
                new Case("0001", first, firstRecord.build()),
                new Case("0002", second, secondRecord.build())));

    assertThat(report.documents().get(0).figures().statements()).contains(new Score(1, 1, 2));
    assertThat(report.documents().get(1).figures().statements()).contains(new Score(2, 4, 2));
    Figures total = report.total();
    assertThat(total.statements()).contains(new Score(3, 5, 4));
    assertThat(total.statements().orElseThrow().precision()).isEqualTo(0.6);
    assertThat(total.statements().orElseThrow().recall()).isEqualTo(0.75);
    assertThat(total.statements().orElseThrow().f1()).isEqualTo(6.0 / 9.0);
    assertThat(total.people()).contains(new PeopleFigures(new Score(0, 1, 1), new Score(1, 1, 1)));
    assertThat(total.meetings()).isEmpty();
  }

  @Test
  void countsNonDiplomaticDocumentsWithEventsPredicted() {
    Gold notDiplomatic = Gold.of(Optional.empty(), false);
    TestingRecords withMeeting = new TestingRecords();
    withMeeting.meeting(
        "2021", null, null, new Participant(withMeeting.person("Lionel Messi"), Role.PARTICIPANT));
    TestingRecords withPersonOnly = new TestingRecords();
    withPersonOnly.person("Lionel Messi");
    TestingRecords diplomaticRecord = new TestingRecords();
    diplomaticRecord.statement(diplomaticRecord.person("Wang Yi"), Stance.COMMENT);

    Report report =
        Evaluator.evaluate(
            List.of(
                new Case("0216", notDiplomatic, withMeeting.build()),
                new Case("0217", notDiplomatic, withPersonOnly.build()),
                new Case("0300", Gold.of(Optional.empty(), true), diplomaticRecord.build())));

    assertThat(report.negatives()).isEqualTo(1);
    assertThat(report.falseAlarms()).containsExactly("0216");
    assertThat(report.notDiplomatic()).isEqualTo(2);
    DocumentScore alarm = report.documents().get(0);
    assertThat(alarm.falseAlarm()).isTrue();
    assertThat(alarm.figures().people()).isEmpty();
    assertThat(alarm.figures().meetings())
        .contains(
            new MeetingFigures(
                new Score(0, 1, 0), new Score(0, 1, 0), Accuracy.ZERO, Accuracy.ZERO));
    assertThat(alarm.figures().statements()).contains(Score.ZERO);
    assertThat(report.documents().get(1).falseAlarm()).isFalse();
    assertThat(report.total().meetings().orElseThrow().events().precision()).isEqualTo(0.0);
  }
}
