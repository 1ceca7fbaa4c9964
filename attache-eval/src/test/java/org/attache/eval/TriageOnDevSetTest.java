package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Agreement;
import org.attache.model.Event;
import org.attache.model.Meeting;
import org.attache.model.Plan;
import org.attache.model.Span;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.analysis.TextNormaliser;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.read.SourceDocument;
import org.attache.pipeline.triage.KeptSentences;
import org.attache.pipeline.triage.Triage;
import org.junit.jupiter.api.Test;

/**
 * Triage on the dev gold set: it keeps every document with a gold event (meeting, agreement, plan,
 * statement, priorities, establishment) and every sentence the full analysis reads an event from,
 * and changes no figure.
 */
class TriageOnDevSetTest {
  private static final Path DEV = Path.of(System.getProperty("attache.shared"), "gold", "dev");
  private static final Triage TRIAGE = new Triage(KnowledgeBase.standard());

  private static SourceDocument read(GoldSet.Entry entry) {
    ReadResult result = DocumentReaders.create().read(entry.text()).findFirst().orElseThrow();
    return ((ReadResult.Read) result).document();
  }

  private static boolean passes(SourceDocument document) {
    return TRIAGE.canHoldRecord(TextNormaliser.normalise(document.text()));
  }

  @Test
  void keepsEveryDocumentWithAGoldEvent() {
    List<String> kept = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (GoldSet.Entry entry : GoldSet.load(DEV)) {
      if (entry.gold().reportsEvents()) {
        (passes(read(entry)) ? kept : dropped).add(entry.name());
      }
    }

    assertThat(dropped).isEmpty();
    assertThat(kept).isNotEmpty();
  }

  @Test
  void keepsEverySentenceWhereTheFullAnalysisFindsAMeetingAgreementOrPlan() {
    Extractor plain = Extractor.standard();
    List<String> lost = new ArrayList<>();
    int sentences = 0;
    int kept = 0;
    int evidence = 0;
    for (GoldSet.Entry entry : GoldSet.load(DEV)) {
      SourceDocument document = read(entry);
      String text = TextNormaliser.normalise(document.text());
      List<Event> events =
          plain.extract(document).events().stream()
              .filter(e -> e instanceof Meeting || e instanceof Agreement || e instanceof Plan)
              .toList();
      Optional<KeptSentences> selection = TRIAGE.select(text);
      if (selection.isEmpty()) {
        events.forEach(e -> lost.add(entry.name() + " " + e.id() + ": document dropped"));
        continue;
      }
      sentences += selection.get().sentences();
      kept += selection.get().kept().size();
      for (Event event : events) {
        for (Span span : event.evidence()) {
          evidence++;
          if (!covered(text, selection.get().kept(), span)) {
            lost.add(
                entry.name() + " " + event.id() + ": " + text.substring(span.start(), span.end()));
          }
        }
      }
    }

    assertThat(lost).isEmpty();
    assertThat(evidence).isGreaterThan(40);
    // Not a bound on speed: a check that sentence triage drops anything at all.
    assertThat(kept).isLessThan(sentences);
  }

  /** Whether every character of the span but the spaces between sentences is kept. */
  private static boolean covered(String text, List<Span> kept, Span span) {
    for (int i = span.start(); i < span.end(); i++) {
      int at = i;
      if (!Character.isWhitespace(text.charAt(i))
          && kept.stream().noneMatch(s -> s.start() <= at && at < s.end())) {
        return false;
      }
    }
    return true;
  }

  @Test
  void theExtractorsFiguresWithTriageEqualThoseWithout() {
    Extractor plain = Extractor.standard();
    Extractor triaged = Extractor.standardWithTriage();
    List<Case> without = new ArrayList<>();
    List<Case> with = new ArrayList<>();
    for (GoldSet.Entry entry : GoldSet.load(DEV)) {
      SourceDocument document = read(entry);
      without.add(new Case(entry.name(), entry.gold(), plain.extract(document)));
      with.add(new Case(entry.name(), entry.gold(), triaged.extract(document)));
    }

    Map<String, Double> expected = f1s(Evaluator.evaluate(without));
    Map<String, Double> actual = f1s(Evaluator.evaluate(with));

    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach(
        (name, f1) -> assertThat(actual.get(name)).as(name).isCloseTo(f1, within(0.01)));
  }

  /** The F1 of each figure of the report's total, or its accuracy where it has one. */
  private static Map<String, Double> f1s(Report report) {
    Map<String, Double> f1s = new LinkedHashMap<>();
    for (FigureRows.Row row : FigureRows.of(report.total())) {
      String name = row.section() + " " + row.figure();
      if (row.measure() instanceof Score score) {
        f1s.put(name, score.f1());
      } else if (row.measure() instanceof Accuracy accuracy) {
        accuracy.value().ifPresent(v -> f1s.put(name, v));
      }
    }
    return f1s;
  }
}
