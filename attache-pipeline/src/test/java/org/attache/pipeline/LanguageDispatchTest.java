package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.attache.model.DocumentRecord;
import org.attache.pipeline.read.SourceDocument;
import org.junit.jupiter.api.Test;

class LanguageDispatchTest {
  private static final Pipeline NOTHING = new Pipeline(List.of());

  @Test
  void buildsALanguagesPipelineOnItsFirstDocumentAndKeepsIt() {
    AtomicInteger built = new AtomicInteger();
    LanguageDispatch dispatch =
        LanguageDispatch.english(NOTHING)
            .with(
                "ru",
                () -> {
                  built.incrementAndGet();
                  return new Pipeline(List.of());
                });

    assertThat(built).hasValue(0);
    Pipeline first = dispatch.pipelineFor("ru");
    assertThat(dispatch.pipelineFor("ru")).isSameAs(first);
    assertThat(built).hasValue(1);
    assertThat(dispatch.pipelineFor("en")).isSameAs(NOTHING);
    assertThat(dispatch.pipelineFor("und")).isSameAs(NOTHING);
    assertThat(dispatch.pipelineFor("fr")).isSameAs(LanguageDispatch.UNREAD);
    assertThat(dispatch.languages()).containsExactly("en", "ru");
  }

  @Test
  void recordsTheLanguageOfADocumentItDoesNotRead() {
    SourceDocument french =
        new SourceDocument(
            "fr.txt",
            Optional.of("Le ministre a reçu l'ambassadeur"),
            Optional.of(LocalDate.of(2024, 5, 14)),
            "Le ministre des affaires étrangères a reçu l'ambassadeur du Chili dans la capitale.");

    DocumentRecord record = new Extractor(NOTHING).extract(french);

    assertThat(record.document().language()).isEqualTo("fr");
    assertThat(record.actors()).isEmpty();
    assertThat(record.events()).isEmpty();
    assertThat(record.document().diplomatic()).isFalse();
  }
}
