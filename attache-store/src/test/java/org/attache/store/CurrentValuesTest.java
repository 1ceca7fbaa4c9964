package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The current value of each field, kept in current_field by a trigger on assertion, follows every
 * change to the assertions by the rule that field_value states.
 */
class CurrentValuesTest {
  private static final String FIELD =
      "SELECT value, state::text FROM field_value"
          + " WHERE subject_kind = 'organisation' AND subject_id = 1 AND field = 'name'";

  private Database database;

  @BeforeEach
  void store() throws SQLException {
    database = TestingPostgres.freshDatabase("current");
    for (String id : List.of("a", "b", "c")) {
      TestingStore.execute(
          database,
          "INSERT INTO document (id, source, language, diplomatic, text, extractor_version)"
              + " VALUES (repeat('"
              + id
              + "', 64), '"
              + id
              + ".txt', 'en', true, 'Text.', '0.1.0')");
    }
  }

  @Test
  void theMostConfidentMachineValueThenTheLongestThenTheOldest() throws SQLException {
    assertThat(TestingStore.rows(database, FIELD)).isEmpty();
    name("a", "SCO", 0.6);
    assertThat(TestingStore.rows(database, FIELD)).containsExactly(List.of("SCO", "machine"));
    name("b", "Shanghai Cooperation Organisation", 0.6);
    assertThat(TestingStore.rows(database, FIELD))
        .containsExactly(List.of("Shanghai Cooperation Organisation", "machine"));
    name("c", "the S.C.O.", 0.9);
    assertThat(TestingStore.rows(database, FIELD))
        .containsExactly(List.of("the S.C.O.", "machine"));
    TestingStore.execute(database, "DELETE FROM document WHERE id = repeat('c', 64)");
    assertThat(TestingStore.rows(database, FIELD))
        .containsExactly(List.of("Shanghai Cooperation Organisation", "machine"));
    TestingStore.execute(database, "DELETE FROM assertion");
    assertThat(TestingStore.rows(database, FIELD)).isEmpty();
  }

  @Test
  void aReviewedValueWinsAndARejectedOneCountsForNothing() throws SQLException {
    name("a", "Shanghai Cooperation Organisation", 0.9);
    name("b", "SCO", 0.5);
    TestingStore.execute(
        database,
        "UPDATE assertion SET state = 'corrected', value = 'Shanghai Cooperation Organization',"
            + " reviewed_at = now() WHERE document_id = repeat('b', 64)");
    assertThat(TestingStore.rows(database, FIELD))
        .containsExactly(List.of("Shanghai Cooperation Organization", "corrected"));
    TestingStore.execute(
        database, "UPDATE assertion SET state = 'rejected' WHERE document_id = repeat('b', 64)");
    assertThat(TestingStore.rows(database, FIELD))
        .containsExactly(List.of("Shanghai Cooperation Organisation", "machine"));
    TestingStore.execute(
        database,
        "UPDATE assertion SET state = 'rejected', reviewed_at = now()"
            + " WHERE document_id = repeat('a', 64)");
    assertThat(TestingStore.rows(database, FIELD)).isEmpty();
  }

  @Test
  void anAssertionMovedToAnotherSubjectLeavesItsOldSubject() throws SQLException {
    name("a", "SCO", 0.6);
    TestingStore.execute(database, "UPDATE assertion SET subject_id = 2");
    assertThat(TestingStore.rows(database, FIELD)).isEmpty();
    assertThat(
            TestingStore.rows(
                database,
                "SELECT value FROM field_value WHERE subject_kind = 'organisation'"
                    + " AND subject_id = 2 AND field = 'name'"))
        .containsExactly(List.of("SCO"));
  }

  @Test
  void truncatingAssertionsIsRefusedSoNoValueOutlivesItsAssertions() throws SQLException {
    name("a", "SCO", 0.6);
    // The application may not truncate the audit trail, which the cascade reaches.
    assertThatThrownBy(() -> TestingStore.execute(database, "TRUNCATE assertion CASCADE"))
        .isInstanceOf(SQLException.class)
        .hasMessage("ERROR: permission denied for table review_log");
    assertThatThrownBy(
            () -> TestingPostgres.executeAsSuperuser(database, "TRUNCATE assertion CASCADE"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("assertion cannot be truncated");
    assertThat(TestingStore.rows(database, FIELD)).containsExactly(List.of("SCO", "machine"));
  }

  private void name(String document, String value, double confidence) throws SQLException {
    TestingStore.execute(
        database,
        "INSERT INTO assertion (document_id, subject_kind, subject_id, field, value,"
            + " extractor_version, confidence) VALUES (repeat('"
            + document
            + "', 64), 'organisation', 1, 'name', '"
            + value
            + "', '0.1.0', "
            + confidence
            + ")");
  }
}
