package org.attache.store.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded server is closed to the host, and the application's role holds no more than it
 * needs.
 */
class ServerAccessTest {
  private static EmbeddedServer server;
  private static Database database;
  private static String name;

  @BeforeAll
  static void open() throws SQLException {
    server = TestingPostgres.server();
    database = TestingPostgres.freshDatabase("access");
    name = TestingStore.rows(database, "SELECT current_database()").get(0).get(0);
    TestingStore.reviewedDocument(database, 'c');
  }

  private static String url(String user) {
    return "jdbc:postgresql://127.0.0.1:" + server.port() + "/" + name + "?user=" + user;
  }

  @Test
  void refusesAConnectionWithoutAPassword() {
    for (String user : List.of("postgres", "attache")) {
      assertThatThrownBy(() -> DriverManager.getConnection(url(user)).close())
          .isInstanceOf(SQLException.class)
          .hasMessage(
              "The server requested SCRAM-based authentication, but no password was provided.");
    }
  }

  @Test
  void refusesAWrongPassword() {
    for (String user : List.of("postgres", "attache")) {
      assertThatThrownBy(() -> DriverManager.getConnection(url(user) + "&password=guessed").close())
          .isInstanceOf(SQLException.class)
          .hasMessage("FATAL: password authentication failed for user \"" + user + "\"")
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("28P01");
    }
  }

  @Test
  void listensOnTheLoopbackOnlyAndTrustsNobody() throws SQLException {
    assertThat(asSuperuser("SHOW listen_addresses")).containsExactly(List.of("127.0.0.1"));
    assertThat(asSuperuser("SHOW unix_socket_directories")).containsExactly(List.of(""));
    assertThat(
            asSuperuser(
                "SELECT type, database::text, user_name::text, address, auth_method, error"
                    + " FROM pg_hba_file_rules ORDER BY rule_number"))
        .containsExactly(
            row("local", "{all}", "{all}", null, "scram-sha-256", null),
            row("host", "{all}", "{all}", "127.0.0.1", "scram-sha-256", null),
            row("host", "{all}", "{all}", "::1", "scram-sha-256", null));
  }

  @Test
  void keepsThePasswordsInAFileOnlyItsOwnerReads() throws Exception {
    Path file = server.dataDirectory().resolve("attache-passwords");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    List<String> lines = Files.readAllLines(file, UTF_8);
    assertThat(lines.get(0)).matches("[A-Za-z0-9_-]{43}");
    assertThat(lines.get(1)).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(lines.get(0));
    try (Connection c = DriverManager.getConnection(url("attache") + "&password=" + lines.get(1))) {
      assertThat(c.isValid(5)).isTrue();
    }
    assertThatThrownBy(
            () -> DriverManager.getConnection(url("postgres") + "&password=" + lines.get(1)))
        .isInstanceOf(SQLException.class)
        .hasMessage("FATAL: password authentication failed for user \"postgres\"");
  }

  @Test
  void theApplicationIsNoSuperuser() {
    assertThat(
            TestingStore.rows(
                database,
                "SELECT current_user, rolsuper, rolcreaterole, rolcreatedb, rolreplication,"
                    + " rolbypassrls FROM pg_roles WHERE rolname = current_user"))
        .containsExactly(List.of("attache", "f", "f", "f", "f", "f"));
    assertThat(
            TestingStore.rows(
                database, "SELECT count(*) FROM pg_auth_members WHERE member = 'attache'::regrole"))
        .containsExactly(List.of("0"));
  }

  @Test
  void theApplicationCannotRunPrograms() {
    TestingStore.refusal(database, "COPY (SELECT 1) TO PROGRAM 'touch /tmp/x'")
        .hasMessageStartingWith("ERROR: permission denied to COPY to or from an external program");
    TestingStore.refusal(database, "COPY document TO '/tmp/documents'")
        .hasMessageStartingWith("ERROR: permission denied to COPY to a file");
  }

  @Test
  void theApplicationCannotReadOtherRolesPasswords() {
    assertThatThrownBy(() -> TestingStore.rows(database, "SELECT rolpassword FROM pg_authid"))
        .hasMessageContaining("permission denied for table pg_authid");
  }

  @Test
  void theAuditTrailBelongsToARoleTheApplicationDoesNotHold() {
    assertThat(
            TestingStore.rows(
                database,
                "SELECT pg_get_userbyid(relowner) FROM pg_class"
                    + " WHERE oid = 'review_log'::regclass"
                    + " UNION ALL SELECT pg_get_userbyid(proowner) FROM pg_proc"
                    + " WHERE proname = 'refuse_review_log_change'"
                    + " UNION ALL SELECT pg_has_role('attache_audit', 'USAGE')::text"))
        .containsExactly(List.of("attache_audit"), List.of("attache_audit"), List.of("false"));
    assertThat(
            TestingStore.rows(
                database,
                "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class"
                    + " WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'v')"
                    + " AND relname <> 'review_log'"))
        .containsExactly(List.of("attache"));
  }

  @Test
  void theApplicationCannotDropOrDisableTheAuditTrigger() {
    long rows = TestingStore.count(database, "SELECT count(*) FROM review_log");
    assertRefused(
        "DROP TRIGGER review_log_append_only ON review_log",
        "ERROR: must be owner of relation review_log");
    assertRefused(
        "ALTER TABLE review_log DISABLE TRIGGER review_log_append_only",
        "ERROR: must be owner of table review_log");
    assertRefused(
        "CREATE OR REPLACE FUNCTION refuse_review_log_change() RETURNS trigger"
            + " LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
        "ERROR: must be owner of function refuse_review_log_change");
    assertRefused("DROP TABLE review_log", "ERROR: must be owner of table review_log");
    assertRefused("DROP SCHEMA public CASCADE", "ERROR: must be owner of schema public");
    assertRefused(
        "SET session_replication_role = replica",
        "ERROR: permission denied to set parameter \"session_replication_role\"");
    assertThat(TestingStore.count(database, "SELECT count(*) FROM review_log")).isEqualTo(rows);
  }

  @Test
  void theApplicationStillAddsToTheAuditTrail() throws SQLException {
    long before = TestingStore.count(database, "SELECT count(*) FROM review_log");
    TestingStore.execute(
        database,
        "INSERT INTO review_log (assertion_id, document_id, subject_kind, subject_id, field,"
            + " action, old_state, new_state, reviewer)"
            + " SELECT id, document_id, subject_kind, subject_id, field, 'confirm', 'confirmed',"
            + " 'confirmed', 'bo' FROM assertion");
    assertThat(TestingStore.count(database, "SELECT count(*) FROM review_log"))
        .isEqualTo(before + 1);
  }

  private static void assertRefused(String sql, String message) {
    assertThatThrownBy(() -> TestingStore.execute(database, sql))
        .isInstanceOf(SQLException.class)
        .hasMessage(message);
  }

  private static List<List<String>> asSuperuser(String sql) throws SQLException {
    try (Connection c = server.superuserConnection(name);
        Statement statement = c.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return TestingStore.texts(rows);
    }
  }

  private static List<String> row(String... cells) {
    return java.util.Arrays.asList(cells);
  }
}
