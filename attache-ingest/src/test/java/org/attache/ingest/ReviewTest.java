package org.attache.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.store.TestingDocuments.FIRST;
import static org.attache.store.TestingDocuments.SECOND;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.attache.model.Span;
import org.attache.model.error.AttacheException;
import org.attache.model.error.ErrorCode;
import org.attache.pipeline.Extractor;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.attache.store.review.AuditEntry;
import org.attache.store.review.Review;
import org.attache.store.review.ReviewItem;
import org.attache.store.review.ReviewState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewTest {
  @TempDir Path folder;
  private Database database;
  private Review review;

  @BeforeEach
  void ingest() throws IOException {
    Files.writeString(folder.resolve("a.txt"), FIRST, UTF_8);
    Files.writeString(folder.resolve("b.txt"), SECOND, UTF_8);
    database = TestingPostgres.freshDatabase("review");
    review = new Review(database);
    assertThat(TestingIngest.ingest(database, folder).stored()).isEqualTo(2);
  }

  @AfterEach
  void currentValuesFollowTheReviews() {
    assertThat(TestingStore.staleCurrentValues(database)).isEmpty();
  }

  private long assertionOf(String file, String kind, String field) {
    return TestingStore.count(
        database,
        "SELECT a.id FROM assertion a JOIN document d ON d.id = a.document_id"
            + " WHERE d.source = ? AND a.subject_kind = ? AND a.field = ?",
        folder.resolve(file).toString(),
        kind,
        field);
  }

  private String meetingDate() {
    return TestingStore.rows(database, "SELECT date FROM meeting_view").get(0).get(0);
  }

  @Test
  void aCorrectionSurvivesReExtractionByANewerExtractor() {
    long date = assertionOf("a.txt", "event", "date");
    review.correct(date, "2023-03-15", "ana", Optional.of("The ministry's release says 15 March"));
    assertThat(meetingDate()).isEqualTo("2023-03-15");

    IngestSummary again = TestingIngest.ingest(database, folder, "9.9.9");

    assertThat(again.reextracted()).isEqualTo(2);
    ReviewItem item = review.item(date);
    assertThat(item.value()).contains("2023-03-15");
    assertThat(item.machineValue()).contains("2023-03-14");
    assertThat(item.state()).isEqualTo(ReviewState.CORRECTED);
    assertThat(item.extractorVersion()).isEqualTo(Extractor.VERSION);
    assertThat(
            TestingStore.rows(
                database,
                "SELECT DISTINCT extractor_version FROM assertion WHERE state = 'machine'"))
        .containsExactly(List.of("9.9.9"));
    assertThat(TestingStore.rows(database, "SELECT date, sources FROM meeting_view"))
        .containsExactly(List.of("2023-03-15", "2"));
    assertThat(review.history(date))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo("correct");
              assertThat(entry.oldState()).isEqualTo(ReviewState.MACHINE);
              assertThat(entry.newState()).isEqualTo(ReviewState.CORRECTED);
              assertThat(entry.oldValue()).contains("2023-03-14");
              assertThat(entry.newValue()).contains("2023-03-15");
              assertThat(entry.reviewer()).isEqualTo("ana");
              assertThat(entry.reason()).contains("The ministry's release says 15 March");
            });
  }

  @Test
  void reExtractionReplacesMachineFieldsWithoutGrowing() {
    var before = TestingStore.rowCounts(database);
    TestingIngest.ingest(database, folder, "9.9.9");
    assertThat(TestingStore.rowCounts(database)).isEqualTo(before);
  }

  @Test
  void aConfirmedFieldStaysConfirmed() {
    long role = assertionOf("b.txt", "event_actor", "role");
    review.confirm(role, "ben", Optional.empty());
    TestingIngest.ingest(database, folder, "9.9.9");
    assertThat(review.item(role).state()).isEqualTo(ReviewState.CONFIRMED);
    assertThat(review.history(role))
        .singleElement()
        .extracting(AuditEntry::reason)
        .isEqualTo(Optional.empty());
  }

  @Test
  void aRejectedReportNoLongerCountsAsASource() {
    review.reject(assertionOf("b.txt", "event", "exists"), "ana", Optional.of("not a meeting"));
    assertThat(TestingStore.rows(database, "SELECT date, sources FROM meeting_view"))
        .containsExactly(List.of("2023-03-14", "1"));
  }

  @Test
  void theQueueListsUnreviewedFieldsMostPressingFirst() {
    long first = review.queue(1).get(0).id();
    review.confirm(first, "ana", Optional.empty());
    List<ReviewItem> queue = review.queue(1000);
    assertThat(queue).extracting(ReviewItem::state).containsOnly(ReviewState.MACHINE);
    assertThat(queue).extracting(ReviewItem::id).doesNotContain(first);
    List<Double> ranks =
        queue.stream()
            .map(
                i ->
                    Double.parseDouble(
                        TestingStore.rows(
                                database,
                                "SELECT rank FROM review_field WHERE assertion_id = ?",
                                i.id())
                            .get(0)
                            .get(0)))
            .toList();
    assertThat(ranks).isSorted();
    assertThat(queue)
        .hasSize((int) TestingStore.count(database, "SELECT count(*) FROM assertion") - 1);
  }

  @Test
  void anItemQuotesTheDocument() {
    ReviewItem name = review.item(assertionOf("a.txt", "person", "name"));
    assertThat(name.value()).contains("Murat Nurtleu");
    assertThat(name.span()).contains(new Span(0, 30));
    assertThat(name.quote()).contains("Foreign Minister of Kazakhstan");
  }

  @Test
  void aCorrectionMustFitTheField() {
    long date = assertionOf("a.txt", "event", "date");
    assertThatThrownBy(() -> review.correct(date, "14 March", "ana", Optional.empty()))
        .isInstanceOfSatisfying(
            AttacheException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_INPUT))
        .hasMessage("Not a valid value of 'date': '14 March'");
    long role = assertionOf("a.txt", "event_actor", "role");
    assertThatThrownBy(() -> review.correct(role, "chair", "ana", Optional.empty()))
        .isInstanceOfSatisfying(
            AttacheException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_INPUT))
        .hasMessage("Not a valid value of 'role': 'chair'");
    assertThat(review.item(date).state()).isEqualTo(ReviewState.MACHINE);
    assertThat(TestingStore.count(database, "SELECT count(*) FROM review_log")).isZero();
  }

  @Test
  void aReviewNeedsAReviewerAndAnAssertion() {
    long date = assertionOf("a.txt", "event", "date");
    assertThatThrownBy(() -> review.confirm(date, " ", Optional.empty()))
        .isInstanceOfSatisfying(
            AttacheException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_INPUT))
        .hasMessage("A review needs the reviewer's name");
    assertThatThrownBy(() -> review.confirm(999_999, "ana", Optional.empty()))
        .isInstanceOfSatisfying(
            AttacheException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessage("No assertion with id 999999");
  }
}
