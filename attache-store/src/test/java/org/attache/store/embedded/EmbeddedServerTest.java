package org.attache.store.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ServerProcess.class.getName(),
                data.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8))) {
      String line;
      do {
        line = out.readLine();
      } while (line != null && !line.startsWith("ready "));
      assertThat(line).startsWith("ready ");
    }
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
  void refusesDatabaseNamesThatAreNotPlain() {
    try (EmbeddedServer server = EmbeddedServer.start(folder.resolve("pg"), false)) {
      assertThatThrownBy(() -> server.database("x; DROP TABLE y"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Not a database name (lower-case letters, digits, '_'): 'x; DROP TABLE y'");
    }
  }
}
