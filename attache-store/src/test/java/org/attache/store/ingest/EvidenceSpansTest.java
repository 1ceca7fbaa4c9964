package org.attache.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.attache.store.Database;
import org.attache.store.TestingIngest;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every span a field was read from, kept for a shared development document. */
class EvidenceSpansTest {
  private static final Path DOCUMENT =
      Path.of(System.getProperty("attache.shared"), "gold", "dev", "0000-sco-asean-2021-02-08.txt");

  private static Database database;

  @BeforeAll
  static void ingest() {
    database = TestingPostgres.freshDatabase("evidence_spans");
    assertThat(TestingIngest.ingest(database, DOCUMENT).stored()).isEqualTo(1);
  }

  /** The text at each span of one field of the document's meetings, in text order. */
  private static List<String> spansOfMeeting(String field) {
    return TestingStore.rows(
            database,
            "SELECT substring(d.text FROM s.span_start + 1 FOR s.span_end - s.span_start)"
                + " FROM assertion a JOIN event e ON e.id = a.subject_id AND e.type = 'meeting'"
                + " JOIN assertion_span s ON s.assertion_id = a.id"
                + " JOIN document d ON d.id = a.document_id"
                + " WHERE a.subject_kind = 'event' AND a.field = ? ORDER BY s.span_start",
            field)
        .stream()
        .map(row -> row.get(0))
        .toList();
  }

  @Test
  void theDateOfAMeetingIsTheSentenceThatGivesIt() {
    assertThat(TestingStore.count(database, "SELECT count(*) FROM meeting_view")).isEqualTo(1);
    List<String> date = spansOfMeeting("date");
    assertThat(date).hasSize(1);
    assertThat(date.get(0)).startsWith("On 8 February 2021, ").contains("Secretary-General");
    String title = TestingStore.rows(database, "SELECT title FROM document").get(0).get(0);
    assertThat(date).doesNotContain(title);
  }

  @Test
  void theMainSpanOfAFieldIsOneOfItsSpans() {
    assertThat(TestingStore.count(database, "SELECT count(*) FROM assertion_span")).isPositive();
    assertThat(
            TestingStore.count(
                database,
                "SELECT count(*) FROM assertion a WHERE (a.span_start IS NULL) <> NOT EXISTS"
                    + " (SELECT 1 FROM assertion_span s WHERE s.assertion_id = a.id AND"
                    + " s.span_start = a.span_start AND s.span_end = a.span_end)"))
        .isZero();
  }

  @Test
  void theExistenceOfAMeetingKeepsEverySentenceItWasReadFrom() {
    List<String> evidence = spansOfMeeting("exists");
    assertThat(evidence).hasSizeGreaterThan(1).containsAll(spansOfMeeting("date"));
  }

  @Test
  void aParticipantIsEachOfItsMentionsInTheMeeting() {
    assertThat(
            TestingStore.rows(
                database,
                "SELECT p.name, count(*) FROM assertion a"
                    + " JOIN event_actor ea ON ea.id = a.subject_id"
                    + " JOIN event e ON e.id = ea.event_id AND e.type = 'meeting'"
                    + " JOIN person_view p ON p.id = ea.person_id"
                    + " JOIN assertion_span s ON s.assertion_id = a.id"
                    + " WHERE a.subject_kind = 'event_actor' AND a.field = 'role'"
                    + " AND p.name = 'Vladimir Norov' GROUP BY p.name"))
        .hasSize(1)
        .allSatisfy(row -> assertThat(Integer.parseInt(row.get(1))).isGreaterThan(1));
  }
}
