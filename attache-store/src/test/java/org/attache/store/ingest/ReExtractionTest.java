package org.attache.store.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.store.TestingDocuments.FIRST;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.attache.pipeline.Extractor;
import org.attache.store.Database;
import org.attache.store.TestingIngest;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.attache.store.review.Review;
import org.attache.store.review.ReviewItem;
import org.attache.store.review.ReviewState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store made by the extractor as it was, {@code 0.1.0}, ingested again by the current one. */
class ReExtractionTest {
  private static final String OLD = "0.1.0";

  @TempDir Path folder;
  private Database database;
  private Review review;

  @BeforeEach
  void ingestWithTheOldVersion() throws IOException {
    Files.writeString(folder.resolve("a.txt"), FIRST, UTF_8);
    database = TestingPostgres.freshDatabase("reextraction");
    review = new Review(database);
    assertThat(TestingIngest.ingest(database, folder, OLD).stored()).isEqualTo(1);
  }

  @AfterEach
  void currentValuesFollowTheAssertions() {
    assertThat(TestingStore.staleCurrentValues(database)).isEmpty();
  }

  private long assertion(String kind, String field) {
    return TestingStore.count(
        database, "SELECT id FROM assertion WHERE subject_kind = ? AND field = ?", kind, field);
  }

  private List<List<String>> versions() {
    return TestingStore.rows(
        database,
        "SELECT DISTINCT extractor_version FROM document UNION"
            + " SELECT DISTINCT extractor_version FROM assertion WHERE state = 'machine'");
  }

  @Test
  void theCurrentExtractorReExtractsWhatAnOlderOneStoredOnce() {
    IngestSummary again = TestingIngest.ingest(database, folder);
    IngestSummary third = TestingIngest.ingest(database, folder);

    assertThat(Extractor.VERSION).startsWith(OLD + "+");
    assertThat(again.reextracted()).isEqualTo(1);
    assertThat(third.unchanged()).isEqualTo(1);
    assertThat(third.reextracted()).isZero();
    assertThat(versions()).containsExactly(List.of(Extractor.VERSION));
  }

  @Test
  void anotherBuildReExtractsWhatThisOneStored() {
    TestingIngest.ingest(database, folder);

    IngestSummary other = TestingIngest.ingest(database, folder, OLD + "+000000000000");

    assertThat(other.reextracted()).isEqualTo(1);
    assertThat(versions()).containsExactly(List.of(OLD + "+000000000000"));
  }

  /**
   * The one report of a meeting, its date corrected far from what the extractor reads: the
   * re-extraction must recognise the meeting by what the extractor said of it before, not make a
   * new one and leave the correction on an event no report holds any more.
   */
  @Test
  void aCorrectedDateStaysWithTheMeetingOfItsOnlyReport() {
    long date = assertion("event", "date");
    review.correct(date, "2022-06-01", "ana", Optional.of("the release is misdated"));

    assertThat(TestingIngest.ingest(database, folder).reextracted()).isEqualTo(1);

    assertThat(TestingStore.rows(database, "SELECT date, sources FROM meeting_view"))
        .containsExactly(List.of("2022-06-01", "1"));
    assertThat(TestingStore.count(database, "SELECT count(*) FROM event")).isEqualTo(1);
    ReviewItem item = review.item(date);
    assertThat(item.value()).contains("2022-06-01");
    assertThat(item.machineValue()).contains("2023-03-14");
    assertThat(item.state()).isEqualTo(ReviewState.CORRECTED);
    assertThat(item.extractorVersion()).isEqualTo(OLD);
    assertThat(versions()).containsExactly(List.of(Extractor.VERSION));
  }

  @Test
  void aRejectedReportStaysRejected() {
    review.reject(assertion("event", "exists"), "ana", Optional.of("not a meeting"));

    TestingIngest.ingest(database, folder);

    assertThat(TestingStore.rows(database, "SELECT id FROM meeting_view")).isEmpty();
    assertThat(TestingStore.count(database, "SELECT count(*) FROM event")).isEqualTo(1);
  }

  /** Without its participants the meeting matches no stored one but by what was said before. */
  @Test
  void rejectedParticipantsStayRejected() {
    List<List<String>> parts =
        TestingStore.rows(database, "SELECT id FROM assertion WHERE subject_kind = 'event_actor'");
    assertThat(parts).hasSizeGreaterThanOrEqualTo(2);
    for (List<String> part : parts) {
      review.reject(Long.parseLong(part.get(0)), "ana", Optional.of("not this meeting's"));
    }

    TestingIngest.ingest(database, folder);

    assertThat(TestingStore.rows(database, "SELECT id FROM participation")).isEmpty();
    assertThat(TestingStore.count(database, "SELECT count(*) FROM event")).isEqualTo(1);
    assertThat(TestingStore.count(database, "SELECT count(*) FROM event_actor")).isEqualTo(2);
  }

  @Test
  void aCorrectedRoleStaysWithItsParticipant() {
    long role =
        TestingStore.count(
            database,
            "SELECT min(a.id) FROM assertion a WHERE a.subject_kind = 'event_actor'"
                + " AND a.field = 'role' AND a.value = 'host'");
    review.correct(role, "guest", "ana", Optional.empty());

    TestingIngest.ingest(database, folder);

    assertThat(review.item(role).value()).contains("guest");
    assertThat(
            TestingStore.rows(
                database, "SELECT role, count(*) FROM participation GROUP BY role ORDER BY role"))
        .containsExactly(List.of("guest", "2"));
  }
}
