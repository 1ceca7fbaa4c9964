package org.attache.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingRecords;
import org.attache.store.TestingStore;
import org.attache.store.review.Review;
import org.junit.jupiter.api.Test;

/** The live events of each type stay counted as reports are stored, rejected and deleted. */
class LiveEventCountTest {
  private static final String KEPT = "SELECT type, events FROM live_event_count ORDER BY type";
  private static final String COUNTED =
      "SELECT type, count(*) FROM event_date GROUP BY type ORDER BY type";

  @Test
  void theCountsFollowTheReports() throws SQLException {
    Database database = TestingPostgres.freshDatabase("live");
    String first =
        TestingRecords.document(
                "Kenji Morita met Aigerim Bekova in Astana on 2 May 2024.", "2024-05-02")
            .met("Kenji Morita", "Aigerim Bekova", "2024-05-02", "Astana")
            .writeTo(database);
    // Another report of the same meeting, and a meeting of its own.
    TestingRecords.astanaRetoldWithAlmaty().writeTo(database);
    assertThat(TestingStore.rows(database, KEPT)).containsExactly(List.of("meeting", "2"));
    assertThat(TestingStore.rows(database, KEPT)).isEqualTo(TestingStore.rows(database, COUNTED));

    long almaty =
        TestingStore.count(
            database,
            "SELECT a.id FROM assertion a JOIN current_field c ON c.assertion_id = a.id"
                + " WHERE c.subject_kind = 'event' AND c.field = 'exists'"
                + " AND a.subject_id = (SELECT subject_id FROM current_field"
                + " WHERE subject_kind = 'event' AND field = 'place.city' AND value = 'Almaty')");
    new Review(database).reject(almaty, "ana", Optional.of("not a meeting"));
    assertThat(TestingStore.rows(database, KEPT)).containsExactly(List.of("meeting", "1"));

    TestingStore.execute(database, "DELETE FROM document WHERE id = '" + first + "'");
    assertThat(TestingStore.rows(database, KEPT)).containsExactly(List.of("meeting", "1"));
    assertThat(TestingStore.rows(database, KEPT)).isEqualTo(TestingStore.rows(database, COUNTED));
  }
}
