package org.attache.store.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attache.model.error.AttacheException;
import org.attache.store.Database;
import org.attache.store.StoreException;
import org.attache.store.TestingStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedServerTest {
  @TempDir Path folder;

  @Test
  void keepsItsDataAcrossRestarts() throws Exception {
    Path data = folder.resolve("pg");
    try (EmbeddedServer server = EmbeddedServer.start(data, false)) {
      Database database = server.database("attache");
      TestingStore.execute(
          database,
          "INSERT INTO document (id, source, language, diplomatic, text, extractor_version)"
              + " VALUES (repeat('b', 64), 'b.txt', 'en', false, 'Text.', '0.1.0')");
    }
    try (EmbeddedServer server = EmbeddedServer.start(data, false)) {
      assertThat(TestingStore.rows(server.database("attache"), "SELECT source FROM document"))
          .containsExactly(List.of("b.txt"));
    }
  }

  @Test
  void stopsTheServerOfAKilledProcessAndStartsAgain() throws Exception {
    Path data = folder.resolve("pg");
    Process child = ServerProcess.start(data);
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

    try (EmbeddedServer server = EmbeddedServer.start(data, false)) {
      assertThat(
              TestingStore.rows(
                  server.database("attache"),
                  "SELECT datname FROM pg_database WHERE datname = 'kept'"))
          .containsExactly(List.of("kept"));
    }
  }

  @Test
  void refusesAFolderThatALiveServerUses() {
    Path data = folder.resolve("pg");
    try (EmbeddedServer server = EmbeddedServer.start(data, false)) {
      assertThatThrownBy(() -> EmbeddedServer.start(data, false))
          .isInstanceOf(StoreException.class)
          .hasMessage(
              "The data folder '"
                  + data.toAbsolutePath()
                  + "' is in use by another running server");
      assertThat(server.port()).isPositive();
    }
  }

  @Test
  void closesAFolderThatAnEarlierVersionLeftOpenAndKeepsItsRows() throws Exception {
    Path data = folder.resolve("pg");
    Path log = folder.resolve("old.log");
    // What the earlier version made: initdb trusting every local connection, the store owned by
    // the superuser.
    try (EmbeddedPostgres old =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setLocaleConfig("locale", "C.UTF-8")
            .start()) {
      try (Connection c = old.getPostgresDatabase().getConnection();
          Statement create = c.createStatement()) {
        create.execute("CREATE DATABASE attache ENCODING 'UTF8' TEMPLATE template0");
      }
      Database store = Database.open(old.getDatabase("postgres", "attache"), "the old store");
      TestingStore.execute(
          store,
          "INSERT INTO document (id, source, language, diplomatic, text, extractor_version)"
              + " VALUES (repeat('d', 64), 'd.txt', 'en', true, 'Text.', '0.1.0')");
      TestingStore.execute(
          store,
          "INSERT INTO assertion (document_id, subject_kind, subject_id, field, value,"
              + " extractor_version, confidence, state, reviewed_at)"
              + " VALUES (repeat('d', 64), 'person', 1, 'name', 'Y', '0.1.0', 0.5, 'confirmed',"
              + " now())");
      TestingStore.execute(
          store,
          "INSERT INTO review_log (assertion_id, document_id, subject_kind, subject_id, field,"
              + " action, old_state, new_state, reviewer)"
              + " SELECT id, document_id, subject_kind, subject_id, field, 'confirm', 'machine',"
              + " 'confirmed', 'ana' FROM assertion");
      assertThat(TestingStore.rows(store, "SELECT current_user"))
          .containsExactly(List.of("postgres"));
    }
    assertThat(Files.exists(data.resolve("attache-passwords"))).isFalse();

    try (EmbeddedServer server = EmbeddedServer.start(data, false)) {
      Database store = server.database("attache");
      assertThat(
              TestingStore.rows(
                  store,
                  "SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user),"
                      + " (SELECT source FROM document), (SELECT value FROM assertion),"
                      + " (SELECT reviewer FROM review_log)"))
          .containsExactly(List.of("attache", "f", "d.txt", "Y", "ana"));
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(data.resolve("attache-passwords"))))
          .isEqualTo("rw-------");
      assertThat(Files.readString(data.resolve("pg_hba.conf"), UTF_8)).doesNotContain("trust");
      assertThatThrownBy(
              () ->
                  DriverManager.getConnection(
                          "jdbc:postgresql://127.0.0.1:" + server.port() + "/attache?user=postgres")
                      .close())
          .isInstanceOf(SQLException.class)
          .hasMessage(
              "The server requested SCRAM-based authentication, but no password was provided.");
      assertThat(
              TestingStore.rows(
                  store,
                  "SELECT relname, pg_get_userbyid(relowner) FROM pg_class"
                      + " WHERE relnamespace = 'public'::regnamespace"
                      + " AND relowner <> 'attache'::regrole ORDER BY relname"))
          .containsExactly(
              List.of("review_log", "attache_audit"),
              List.of("review_log_assertion", "attache_audit"),
              List.of("review_log_id_seq", "attache_audit"),
              List.of("review_log_pkey", "attache_audit"));
      assertThat(
              TestingStore.rows(
                  store,
                  "SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace"
                      + " AND proowner <> 'attache'::regrole AND proname <> 'refuse_review_log_change'"
                      + " UNION ALL SELECT count(*) FROM pg_type"
                      + " WHERE typnamespace = 'public'::regnamespace"
                      + " AND typowner NOT IN ('attache'::regrole, 'attache_audit'::regrole)"))
          .containsExactly(List.of("0"), List.of("0"));
      TestingStore.execute(
          store,
          "INSERT INTO document (id, source, language, diplomatic, text, extractor_version)"
              + " VALUES (repeat('e', 64), 'e.txt', 'en', true, 'Text.', '0.1.0')");
    }
    try (EmbeddedServer server = EmbeddedServer.start(data, false)) {
      assertThat(
              TestingStore.rows(
                  server.database("attache"), "SELECT source FROM document ORDER BY source"))
          .containsExactly(List.of("d.txt"), List.of("e.txt"));
    }
  }

  @Test
  void refusesDatabaseNamesThatAreNotPlain() {
    try (EmbeddedServer server = EmbeddedServer.start(folder.resolve("pg"), false)) {
      assertThatThrownBy(() -> server.database("x; DROP TABLE y"))
          .isInstanceOf(AttacheException.class)
          .hasMessage("Not a database name (lower-case letters, digits, '_'): 'x; DROP TABLE y'");
    }
  }
}
