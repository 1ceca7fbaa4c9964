package org.attache.pipeline.lang.ru;

import java.time.LocalDate;
import java.util.Optional;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.DocumentRecord;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.Pipeline;
import org.attache.pipeline.read.SourceDocument;

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
}
