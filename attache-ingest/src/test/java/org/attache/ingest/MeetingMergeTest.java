package org.attache.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.store.TestingDocuments.FIRST;
import static org.attache.store.TestingDocuments.LATER;
import static org.attache.store.TestingDocuments.SECOND;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two documents that report one meeting, and a third that reports a later one. */
class MeetingMergeTest {
  @TempDir static Path folder;
  private static Database database;

  @BeforeAll
  static void ingest() throws IOException {
    Files.writeString(folder.resolve("a.txt"), FIRST, UTF_8);
    Files.writeString(folder.resolve("b.txt"), SECOND, UTF_8);
    Files.writeString(folder.resolve("c.txt"), LATER, UTF_8);
    database = TestingPostgres.freshDatabase("meeting_merge");
    IngestSummary summary = TestingIngest.ingest(database, folder);
    assertThat(summary.stored()).isEqualTo(3);
    assertThat(summary.failed()).isZero();
  }

  @Test
  void twoReportsOfOneMeetingAreOneMeetingWithTwoSources() {
    assertThat(
            TestingStore.rows(
                database,
                "SELECT m.date, m.sources, m.place_country,"
                    + " string_agg(d.source, ' ' ORDER BY d.source)"
                    + " FROM meeting_view m JOIN event_source s ON s.event_id = m.id"
                    + " JOIN document d ON d.id = s.document_id"
                    + " GROUP BY m.id, m.date, m.sources, m.place_country ORDER BY m.date"))
        .containsExactly(
            List.of(
                "2023-03-14", "2", "KAZ", folder.resolve("a.txt") + " " + folder.resolve("b.txt")),
            Arrays.asList("2023-04-20", "1", "KAZ", folder.resolve("c.txt").toString()));
  }

  @Test
  void theMergedMeetingHasEachParticipantOnce() {
    assertThat(
            TestingStore.rows(
                database,
                "SELECT p.name, pa.role, o.code FROM participation pa"
                    + " JOIN person_view p ON p.id = pa.person_id"
                    + " JOIN organisation o ON o.id = pa.on_behalf_of_id"
                    + " JOIN meeting_view m ON m.id = pa.meeting_id"
                    + " WHERE m.date = '2023-03-14' ORDER BY p.name"))
        .containsExactly(
            List.of("Murat Nurtleu", "host", "KAZ"), List.of("Yasushi Kaneko", "guest", "JPN"));
  }

  @Test
  void onePersonAcrossDocumentsIsOnePersonWithTheirPosts() {
    assertThat(
            TestingStore.rows(
                database,
                "SELECT p.name, p.sources, m.post, o.code, t.code, m.first_reported,"
                    + " m.last_reported, m.sources FROM person_view p"
                    + " JOIN membership_view m ON m.person_id = p.id"
                    + " JOIN organisation o ON o.id = m.organisation_id"
                    + " LEFT JOIN organisation t ON t.id = m.accredited_to_id ORDER BY p.name"))
        .containsExactly(
            Arrays.asList(
                "Murat Nurtleu",
                "3",
                "Minister of Foreign Affairs",
                "KAZ",
                null,
                "2023-03-14",
                "2023-04-21",
                "3"),
            List.of(
                "Yasushi Kaneko",
                "3",
                "Ambassador",
                "JPN",
                "KAZ",
                "2023-03-14",
                "2023-04-21",
                "3"));
  }

  @Test
  void statesAreOrganisationsKeptOnceByCode() {
    assertThat(
            TestingStore.rows(
                database, "SELECT kind, code, name FROM organisation_view ORDER BY code"))
        .containsExactly(List.of("state", "JPN", "Japan"), List.of("state", "KAZ", "Kazakhstan"));
  }
}
