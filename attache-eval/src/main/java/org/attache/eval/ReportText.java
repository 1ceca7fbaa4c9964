package org.attache.eval;

import java.util.List;
import java.util.Locale;

/** Renders a {@link Report} as a readable text table, lines ending in {@code \n}. */
final class ReportText {
  private ReportText() {}

  static String render(Report report, boolean verbose) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Attaché evaluation: %d documents, %d not diplomatic\n",
            report.documents().size(),
            report.notDiplomatic()));
    out.append("\nmicro-average\n");
    rows(out, FigureRows.of(report.total()));
    List<String> alarms = report.falseAlarms();
    out.append(
        String.format(
            Locale.ROOT,
            "negatives: %d of %d documents not diplomatic had events predicted%s\n",
            alarms.size(),
            report.notDiplomatic(),
            alarms.isEmpty() ? "" : " (" + String.join(", ", alarms) + ")"));
    if (verbose) {
      for (DocumentScore document : report.documents()) {
        out.append('\n')
            .append(document.name())
            .append(document.diplomatic() ? " (diplomatic)" : " (not diplomatic)")
            .append(document.falseAlarm() ? ": events predicted\n" : "\n");
        rows(out, FigureRows.of(document.figures()));
        for (Miss miss : document.misses()) {
          out.append(
              String.format(
                  Locale.ROOT,
                  "  %-8s  %-14s  %s\n",
                  miss.kind().code(),
                  miss.section().code(),
                  miss.detail()));
        }
      }
    }
    return out.toString();
  }

  private static void rows(StringBuilder out, List<FigureRows.Row> rows) {
    if (rows.isEmpty()) {
      out.append("  nothing scored\n");
    }
    for (FigureRows.Row row : rows) {
      out.append(
          String.format(Locale.ROOT, "  %-14s  %-12s  ", row.section().code(), row.figure()));
      if (row.measure() instanceof Score score) {
        out.append(
            String.format(
                Locale.ROOT,
                "P %.3f  R %.3f  F1 %.3f  (%d matched, %d predicted, %d gold)\n",
                score.precision(),
                score.recall(),
                score.f1(),
                score.matched(),
                score.predicted(),
                score.gold()));
      } else if (row.measure() instanceof Accuracy accuracy) {
        String value =
            accuracy.value().isPresent()
                ? String.format(Locale.ROOT, "%.3f", accuracy.value().getAsDouble())
                : "-";
        out.append(
            String.format(
                Locale.ROOT,
                "accuracy %s  (%d of %d)\n",
                value,
                accuracy.correct(),
                accuracy.total()));
      }
    }
  }
}
