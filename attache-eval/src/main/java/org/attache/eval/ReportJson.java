package org.attache.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Renders a {@link Report} as JSON: keys in a fixed order, ratios rounded to four decimals, every
 * section present ({@code null} where not scored), so that the same report gives the same bytes.
 */
final class ReportJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ReportJson() {}

  static String render(Report report) {
    ObjectNode root = NODES.objectNode();
    root.put("documents", report.documents().size());
    root.put("not_diplomatic", report.notDiplomatic());
    root.put("negatives", report.negatives());
    ArrayNode alarms = root.putArray("false_alarms");
    report.falseAlarms().forEach(alarms::add);
    root.set("total", figures(report.total()));
    ArrayNode documents = root.putArray("per_document");
    for (DocumentScore document : report.documents()) {
      ObjectNode node = documents.addObject();
      node.put("name", document.name());
      node.put("diplomatic", document.diplomatic());
      node.put("false_alarm", document.falseAlarm());
      node.set("figures", figures(document.figures()));
      ArrayNode misses = node.putArray("misses");
      for (Miss miss : document.misses()) {
        ObjectNode entry = misses.addObject();
        entry.put("section", miss.section().code());
        entry.put("kind", miss.kind().code());
        entry.put("detail", miss.detail());
      }
    }
    return root.toString();
  }

  private static ObjectNode figures(Figures figures) {
    List<FigureRows.Row> rows = FigureRows.of(figures);
    ObjectNode node = NODES.objectNode();
    for (Section section : Section.values()) {
      List<FigureRows.Row> own = rows.stream().filter(r -> r.section() == section).toList();
      if (own.isEmpty()) {
        node.putNull(section.code());
        continue;
      }
      ObjectNode sectionNode = node.putObject(section.code());
      for (FigureRows.Row row : own) {
        sectionNode.set(row.figure(), measure(row.measure()));
      }
    }
    return node;
  }

  private static ObjectNode measure(Measure measure) {
    ObjectNode node = NODES.objectNode();
    if (measure instanceof Score score) {
      node.put("matched", score.matched());
      node.put("predicted", score.predicted());
      node.put("gold", score.gold());
      node.put("precision", round(score.precision()));
      node.put("recall", round(score.recall()));
      node.put("f1", round(score.f1()));
    } else if (measure instanceof Accuracy accuracy) {
      node.put("correct", accuracy.correct());
      node.put("total", accuracy.total());
      if (accuracy.value().isPresent()) {
        node.put("accuracy", round(accuracy.value().getAsDouble()));
      } else {
        node.putNull("accuracy");
      }
    }
    return node;
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
