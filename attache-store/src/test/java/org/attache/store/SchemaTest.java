package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SchemaTest {
  private static Database database;

  @BeforeAll
  static void migrate() throws SQLException {
    database = TestingPostgres.freshDatabase("schema");
    TestingStore.reviewedDocument(database, 'a');
  }

  @Test
  void opensAgainWithoutChange() {
    long migrations = TestingStore.count(database, "SELECT count(*) FROM flyway_schema_history");
    Database again = Database.open(TestingPostgres.server().jdbcUrl(databaseName()));
    assertThat(TestingStore.count(again, "SELECT count(*) FROM flyway_schema_history"))
        .isEqualTo(migrations);
    assertThat(
            TestingStore.count(
                again, "SELECT count(*) FROM flyway_schema_history WHERE version = '1'"))
        .isEqualTo(1);
  }

  @Test
  void theApplicationMayNotUpdateTheAuditLog() {
    TestingStore.refusal(database, "UPDATE review_log SET reviewer = 'x'")
        .hasMessage("ERROR: permission denied for table review_log");
  }

  @Test
  void theApplicationMayNotDeleteFromTheAuditLog() {
    TestingStore.refusal(database, "DELETE FROM review_log")
        .hasMessage("ERROR: permission denied for table review_log");
  }

  @Test
  void theAuditLogRefusesUpdatesEvenToTheSuperuser() {
    assertThatThrownBy(() -> asSuperuser("UPDATE review_log SET reviewer = 'x'"))
        .isInstanceOf(SQLException.class)
        .hasMessageStartingWith("ERROR: review_log is append-only: UPDATE refused");
  }

  @Test
  void theAuditLogRefusesDeletesEvenToTheSuperuser() {
    assertThatThrownBy(() -> asSuperuser("DELETE FROM review_log"))
        .isInstanceOf(SQLException.class)
        .hasMessageStartingWith("ERROR: review_log is append-only: DELETE refused");
  }

  @Test
  void theAuditLogRefusesTruncationEvenToTheSuperuser() {
    assertThatThrownBy(() -> asSuperuser("TRUNCATE review_log"))
        .isInstanceOf(SQLException.class)
        .hasMessageStartingWith("ERROR: review_log is append-only: TRUNCATE refused");
    assertThat(TestingStore.count(database, "SELECT count(*) FROM review_log")).isEqualTo(1);
  }

  @Test
  void datesOfAnyPrecisionHaveFirstAndLastDays() {
    assertThat(
            TestingStore.rows(
                database,
                "SELECT iso_date_first('2021'), iso_date_last('2021'),"
                    + " iso_date_first('2024-02'), iso_date_last('2024-02'),"
                    + " iso_date_last('2024-02-08')"))
        .containsExactly(
            java.util.List.of(
                "2021-01-01", "2021-12-31", "2024-02-01", "2024-02-29", "2024-02-08"));
  }

  /** Runs a statement as the superuser, whom the triggers refuse too. */
  private static void asSuperuser(String sql) throws SQLException {
    TestingPostgres.executeAsSuperuser(database, sql);
  }

  private static String databaseName() {
    return TestingStore.rows(database, "SELECT current_database()").get(0).get(0);
  }
}
