package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final DocumentScore DIPLOMATIC =
      new DocumentScore(
          "0005",
          true,
          false,
          new Figures(
              Optional.of(new PeopleFigures(new Score(1, 2, 2), new Score(2, 2, 2))),
              Optional.of(
                  new MeetingFigures(
                      new Score(1, 1, 1), new Score(2, 3, 2), new Accuracy(1, 1), Accuracy.ZERO)),
              Optional.of(new Score(2, 3, 3)),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty()),
          List.of(
              new Miss(
                  Section.PEOPLE,
                  Miss.Kind.WRONG,
                  "post of Tuvshin Badral (Ambassador, of MNG, to CHN), predicted Tuvshin Badral"
                      + " (no post)"),
              new Miss(Section.STATEMENTS, Miss.Kind.MISSED, "Tuvshin Badral: praise")));

  private static final DocumentScore FALSE_ALARM =
      new DocumentScore(
          "0216",
          false,
          true,
          new Figures(
              Optional.empty(),
              Optional.of(
                  new MeetingFigures(
                      new Score(0, 1, 0), new Score(0, 2, 0), Accuracy.ZERO, Accuracy.ZERO)),
              Optional.of(Score.ZERO),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty()),
          List.of(new Miss(Section.MEETINGS, Miss.Kind.SPURIOUS, "2021 in ?, ?: Lionel Messi")));

  private static final Report REPORT = new Report(List.of(DIPLOMATIC, FALSE_ALARM));

  @Test
  void rendersTheMicroAverageAsText() {
    assertThat(REPORT.toText(false))
        .isEqualTo(
            """
            Attaché evaluation: 2 documents, 1 not diplomatic

            micro-average
              people          correct       P 0.500  R 0.500  F1 0.500  (1 matched, 2 predicted, 2 gold)
              people          names         P 1.000  R 1.000  F1 1.000  (2 matched, 2 predicted, 2 gold)
              meetings        events        P 0.500  R 1.000  F1 0.667  (1 matched, 2 predicted, 1 gold)
              meetings        participants  P 0.400  R 1.000  F1 0.571  (2 matched, 5 predicted, 2 gold)
              meetings        date          accuracy 1.000  (1 of 1)
              meetings        place         accuracy -  (0 of 0)
              statements      pairs         P 0.667  R 0.667  F1 0.667  (2 matched, 3 predicted, 3 gold)
            negatives: 1 of 1 documents not diplomatic had events predicted (0216)
            """);
  }

  @Test
  void listsEachDocumentAndItsMissesWhenVerbose() {
    assertThat(REPORT.toText(true))
        .endsWith(
            """
            negatives: 1 of 1 documents not diplomatic had events predicted (0216)

            0005 (diplomatic)
              people          correct       P 0.500  R 0.500  F1 0.500  (1 matched, 2 predicted, 2 gold)
              people          names         P 1.000  R 1.000  F1 1.000  (2 matched, 2 predicted, 2 gold)
              meetings        events        P 1.000  R 1.000  F1 1.000  (1 matched, 1 predicted, 1 gold)
              meetings        participants  P 0.667  R 1.000  F1 0.800  (2 matched, 3 predicted, 2 gold)
              meetings        date          accuracy 1.000  (1 of 1)
              meetings        place         accuracy -  (0 of 0)
              statements      pairs         P 0.667  R 0.667  F1 0.667  (2 matched, 3 predicted, 3 gold)
              wrong     people          post of Tuvshin Badral (Ambassador, of MNG, to CHN), predicted Tuvshin Badral (no post)
              missed    statements      Tuvshin Badral: praise

            0216 (not diplomatic): events predicted
              meetings        events        P 0.000  R 1.000  F1 0.000  (0 matched, 1 predicted, 0 gold)
              meetings        participants  P 0.000  R 1.000  F1 0.000  (0 matched, 2 predicted, 0 gold)
              meetings        date          accuracy -  (0 of 0)
              meetings        place         accuracy -  (0 of 0)
              statements      pairs         P 1.000  R 1.000  F1 1.000  (0 matched, 0 predicted, 0 gold)
              spurious  meetings        2021 in ?, ?: Lionel Messi
            """);
  }

  @Test
  void rendersDeterministicJson() {
    String json = REPORT.toJson();

    assertThat(json).isEqualTo(new Report(List.of(DIPLOMATIC, FALSE_ALARM)).toJson());
    assertThat(json)
        .startsWith(
            "{\"documents\":2,\"not_diplomatic\":1,\"negatives\":1,\"false_alarms\":[\"0216\"],"
                + "\"total\":{\"people\":{\"correct\":{\"matched\":1,\"predicted\":2,\"gold\":2,"
                + "\"precision\":0.5,\"recall\":0.5,\"f1\":0.5},")
        .contains(
            "\"participants\":{\"matched\":2,\"predicted\":5,\"gold\":2,\"precision\":0.4,"
                + "\"recall\":1.0,\"f1\":0.5714}")
        .contains("\"place\":{\"correct\":0,\"total\":0,\"accuracy\":null}")
        .contains("\"agreements\":null,\"plans\":null,\"priorities\":null,\"establishments\":null}")
        .endsWith(
            "\"statements\":{\"pairs\":{\"matched\":0,\"predicted\":0,\"gold\":0,"
                + "\"precision\":1.0,\"recall\":1.0,\"f1\":1.0}},\"agreements\":null,"
                + "\"plans\":null,\"priorities\":null,\"establishments\":null},\"misses\":[{"
                + "\"section\":\"meetings\",\"kind\":\"spurious\",\"detail\":"
                + "\"2021 in ?, ?: Lionel Messi\"}]}]}");
  }
}
