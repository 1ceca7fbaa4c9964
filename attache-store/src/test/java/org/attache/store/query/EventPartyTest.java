package org.attache.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Optional;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingRecords;
import org.attache.store.TestingStore;
import org.attache.store.review.Review;
import org.junit.jupiter.api.Test;

/**
 * The parties of each event, kept in event_party_row by a trigger on assertion, follow the reports
 * as they are stored, rejected and deleted, by the rule that event_party stated when it was
 * computed at each read (V3).
 */
class EventPartyTest {
  private static final String KEPT =
      "SELECT event_id, link, actor FROM event_party ORDER BY event_id, link, actor";

  /** V3's event_party, computed from the parts and the assertions about them. */
  private static final String COMPUTED =
      "SELECT ea.event_id, ea.link, ea.actor FROM event_actor ea"
          + " WHERE EXISTS (SELECT 1 FROM assertion a WHERE a.subject_kind = 'event_actor'"
          + " AND a.subject_id = ea.id AND a.state <> 'rejected')"
          + " UNION SELECT ea.event_id, ea.link, 'organisation:' || a.value FROM event_actor ea"
          + " JOIN assertion a ON a.subject_kind = 'event_actor' AND a.subject_id = ea.id"
          + " AND a.field = 'on_behalf_of' AND a.state <> 'rejected'"
          + " ORDER BY 1, 2, 3";

  @Test
  void thePartiesFollowTheReports() throws SQLException {
    Database database = TestingPostgres.freshDatabase("parties");
    TestingRecords.document(
            "Kazakhstan's Foreign Minister Aigerim Bekova met Kenji Morita in Astana on 2 May"
                + " 2024.",
            "2024-05-02")
        .state("s1", "Kazakhstan", "KAZ")
        .person("a1", "Aigerim Bekova", TestingRecords.post("Foreign Minister", "s1"))
        .person("a2", "Kenji Morita")
        .meeting("e1", "2024-05-02", "Astana", 0.9, "a1", "a2")
        .writeTo(database);
    String kazakhstan =
        "organisation:"
            + TestingStore.count(database, "SELECT id FROM organisation WHERE code = 'KAZ'");
    String bekova =
        "person:"
            + TestingStore.count(
                database,
                "SELECT subject_id FROM current_field WHERE subject_kind = 'person'"
                    + " AND value = 'Aigerim Bekova'");
    assertThat(TestingStore.rows(database, KEPT))
        .extracting(row -> row.get(2))
        .contains(kazakhstan, bekova)
        .hasSize(3);
    assertThat(TestingStore.rows(database, KEPT)).isEqualTo(TestingStore.rows(database, COMPUTED));

    // Another report of the meeting, with no post, and a meeting of its own.
    String second = TestingRecords.astanaRetoldWithAlmaty().writeTo(database);
    assertThat(TestingStore.rows(database, KEPT)).hasSize(5);
    assertThat(TestingStore.rows(database, KEPT)).isEqualTo(TestingStore.rows(database, COMPUTED));

    // Rejecting that she acted for Kazakhstan: the meeting is no longer Kazakhstan's.
    long behalf =
        TestingStore.count(
            database,
            "SELECT id FROM assertion WHERE subject_kind = 'event_actor'"
                + " AND field = 'on_behalf_of'");
    new Review(database).reject(behalf, "ana", Optional.of("a guest, not a minister"));
    assertThat(TestingStore.rows(database, KEPT))
        .extracting(row -> row.get(2))
        .doesNotContain(kazakhstan)
        .contains(bekova)
        .hasSize(4);
    assertThat(TestingStore.rows(database, KEPT)).isEqualTo(TestingStore.rows(database, COMPUTED));

    // The second document gone: the meeting only it reported has no parties left, the first
    // still reports the other.
    TestingStore.execute(database, "DELETE FROM document WHERE id = '" + second + "'");
    assertThat(TestingStore.rows(database, KEPT)).hasSize(2);
    assertThat(TestingStore.rows(database, KEPT)).isEqualTo(TestingStore.rows(database, COMPUTED));
  }
}
