package org.attache.pipeline.lang.ru;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.DocumentRecord;
import org.attache.model.Meeting;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.Pipeline;
import org.attache.pipeline.read.SourceDocument;
import org.attache.pipeline.testing.ExtractorTesting;

/** The Russian pipeline alone (no CoreNLP model), on texts written in a test. */
final class RussianTesting {
  private static final Extractor EXTRACTOR =
      new Extractor(new Pipeline(RussianAnalysis.stages(KnowledgeBase.standard())));

  private RussianTesting() {}

  static DocumentRecord extract(String body, String published) {
    return EXTRACTOR.extract(
        new SourceDocument(
            "test", Optional.empty(), Optional.of(LocalDate.parse(published)), body));
  }

  /** The participants of each meeting of {@code body}, published on 8 October 2024. */
  static List<List<String>> meetings(String body) {
    DocumentRecord record = extract(body, "2024-10-08");
    return record.events(Meeting.class).stream()
        .map(m -> ExtractorTesting.participants(record, m))
        .toList();
  }
}
