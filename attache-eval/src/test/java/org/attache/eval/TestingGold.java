package org.attache.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.testing.ExtractorTesting;

/**
 * A shared gold set scored with the shared extractor, as the floor tests of the figures read it.
 */
final class TestingGold {
  /** The reports by gold set: each set is extracted and scored once in a run of the tests. */
  private static final Map<String, Report> REPORTS = new ConcurrentHashMap<>();

  private TestingGold() {}

  /**
   * Extracts every document of {@code ../shared/gold/SET} that has a gold file, scores it, prints
   * the figures and returns them; the same report again on a later call.
   */
  static Report evaluate(String set) {
    return REPORTS.computeIfAbsent(set, TestingGold::score);
  }

  private static Report score(String set) {
    DocumentReaders readers = DocumentReaders.create();
    List<Case> cases = new ArrayList<>();
    for (GoldSet.Entry entry : GoldSet.load(ExtractorTesting.shared().resolve("gold/" + set))) {
      ReadResult read = readers.read(entry.text()).findFirst().orElseThrow();
      cases.add(
          new Case(
              entry.name(),
              entry.gold(),
              ExtractorTesting.extractor().extract(((ReadResult.Read) read).document())));
    }
    Report report = Evaluator.evaluate(cases);
    System.out.print(report.toText(false));
    return report;
  }
}
