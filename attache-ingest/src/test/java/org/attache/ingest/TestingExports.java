package org.attache.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.store.TestingDocuments.FIRST;
import static org.attache.store.TestingDocuments.LATER;
import static org.attache.store.TestingDocuments.SECOND;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Agreement;
import org.attache.model.AgreementStatus;
import org.attache.model.Area;
import org.attache.model.DocumentInfo;
import org.attache.model.DocumentRecord;
import org.attache.model.Event;
import org.attache.model.Instrument;
import org.attache.model.Span;
import org.attache.model.Stance;
import org.attache.model.Statement;
import org.attache.pipeline.read.SourceDocument;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.attache.store.ingest.DocumentWriter;
import org.attache.store.review.Review;

/**
 * A store for the export tests: four communiqués written for the tests, ingested with the extractor
 * (two report one meeting of Kazakhstan and Japan, a third a later one, the fourth a meeting of
 * Brazil and India in 2022), a record written by hand with a statement and an agreement (which the
 * extractor does not find yet), and one review correction.
 */
final class TestingExports {
  static final String BRAZIL =
      """
      TITLE: Brazil and India discuss energy projects
      DATE: 2022-07-05
      SOURCE: https://example.org/d
      ---
      On 5 July 2022, Minister of Foreign Affairs of Brazil Carlos Silva met with Ambassador of \
      India to Brazil Kenji Rahman. The sides discussed energy projects.
      """;

  private static final List<Span> EVIDENCE = List.of(new Span(0, 20));

  private TestingExports() {}

  /** A new store holding the documents above, the hand-written record and the correction. */
  static Database store(Path folder) {
    try {
      Path documents = Files.createDirectories(folder.resolve("documents"));
      Files.writeString(documents.resolve("a.txt"), FIRST, UTF_8);
      Files.writeString(documents.resolve("b.txt"), SECOND, UTF_8);
      Files.writeString(documents.resolve("c.txt"), LATER, UTF_8);
      Files.writeString(documents.resolve("d.txt"), BRAZIL, UTF_8);
      Database database = TestingPostgres.freshDatabase("export");
      IngestSummary summary = TestingIngest.ingest(database, documents);
      assertThat(summary.stored()).isEqualTo(4);
      assertThat(summary.failed()).isZero();
      writeByHand(database);
      long later =
          TestingStore.count(
              database,
              "SELECT a.id FROM assertion a JOIN document d ON d.id = a.document_id"
                  + " WHERE d.source = ? AND a.subject_kind = 'event' AND a.field = 'date'",
              documents.resolve("c.txt").toString());
      new Review(database)
          .correct(later, "2023-04-19", "ana", Optional.of("the ministry's own release"));
      return database;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeByHand(Database database) {
    Actor china =
        new Actor("a1", ActorKind.STATE, "China", Optional.of("CHN"), List.of(), EVIDENCE);
    Actor asean =
        new Actor("a2", ActorKind.ORGANISATION, "ASEAN", Optional.of("ASEAN"), List.of(), EVIDENCE);
    SourceDocument document =
        new SourceDocument(
            "asean.txt",
            Optional.of("ASEAN and China"),
            Optional.of(LocalDate.of(2021, 2, 8)),
            "ASEAN reaffirmed its readiness to work with China, recalling their MoU of 2005.",
            Optional.empty());
    List<Event> events =
        List.of(
            new Statement(
                "e1",
                Optional.of("2021-02-08"),
                "a2",
                Stance.INTENT_TO_COOPERATE,
                "reaffirmed its \"readiness\" to work with China,\nas agreed",
                List.of("a1"),
                List.of(Area.TRADE),
                Optional.empty(),
                EVIDENCE,
                0.6,
                new TreeMap<>()),
            new Agreement(
                "e2",
                Instrument.MEMORANDUM_OF_UNDERSTANDING,
                Optional.empty(),
                List.of("a1", "a2"),
                Optional.of("2005"),
                Optional.empty(),
                List.of(Area.TERRORISM, Area.DRUG_TRAFFICKING),
                Optional.of(AgreementStatus.SIGNED),
                Optional.empty(),
                EVIDENCE,
                0.8,
                new TreeMap<>()));
    DocumentRecord record =
        new DocumentRecord(
            new DocumentInfo(
                document.id(),
                document.title(),
                Optional.of("2021-02-08"),
                document.source(),
                "en",
                true),
            List.of(china, asean),
            events);
    try (DocumentWriter writer = new DocumentWriter(database)) {
      assertThat(writer.write(Incoming.of(document), record, "1"))
          .isEqualTo(DocumentWriter.Outcome.STORED);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
