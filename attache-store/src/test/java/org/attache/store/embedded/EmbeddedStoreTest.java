package org.attache.store.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attache.store.TestingStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Processes share the server that one of them runs on a data folder. */
class EmbeddedStoreTest {
  private static final String INSERT =
      "INSERT INTO document (id, source, language, diplomatic, text, extractor_version)"
          + " VALUES (repeat('%s', 64), '%s', 'en', true, 'Text.', '0.1.0')";

  @TempDir Path folder;

  @Test
  void startsAServerWhenNoneRunsAndStopsItOnClose() throws Exception {
    Path data = folder.resolve("pg");
    try (EmbeddedStore store = EmbeddedStore.open(data, false, "attache")) {
      assertThat(store.startedHere()).isTrue();
      TestingStore.execute(store.database(), String.format(INSERT, "a", "a.txt"));
      assertThat(Files.readString(data.resolve("attache-port"), UTF_8).strip()).matches("\\d+");
    }
    assertThat(Files.exists(data.resolve("attache-port"))).isFalse();
    assertThat(Postmaster.runs(data)).isFalse();
  }

  @Test
  void usesTheServerThatAnotherProcessRuns() throws Exception {
    Path data = folder.resolve("pg");
    Process child = ServerProcess.start(data);
    try {
      try (EmbeddedStore store = EmbeddedStore.open(data, false, "kept")) {
        assertThat(store.startedHere()).isFalse();
        TestingStore.execute(store.database(), String.format(INSERT, "b", "b.txt"));
        assertThat(TestingStore.rows(store.database(), "SELECT current_user, inet_server_port()"))
            .containsExactly(
                List.of("attache", Files.readString(data.resolve("attache-port"), UTF_8).strip()));
      }
      assertThat(child.isAlive()).isTrue();
    } finally {
      child.destroy(); // as Ctrl-C does: the JVM's shutdown stops the server
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(Postmaster.runs(data)).isFalse();
    try (EmbeddedStore store = EmbeddedStore.open(data, false, "kept")) {
      assertThat(store.startedHere()).isTrue();
      assertThat(TestingStore.rows(store.database(), "SELECT source FROM document"))
          .containsExactly(List.of("b.txt"));
    }
  }

  @Test
  void theServerWaitsForTheProcessesThatUseItBeforeStopping() throws Exception {
    Path data = folder.resolve("pg");
    EmbeddedServer server = EmbeddedServer.start(data, false);
    server.database("attache");
    Thread stopping;
    try (EmbeddedStore store = EmbeddedStore.open(data, false, "attache")) {
      assertThat(store.startedHere()).isFalse();
      stopping = new Thread(server::close);
      stopping.start();
      stopping.join(2_000);
      assertThat(stopping.isAlive()).isTrue();
      TestingStore.execute(store.database(), String.format(INSERT, "c", "c.txt"));
      assertThat(TestingStore.count(store.database(), "SELECT count(*) FROM document"))
          .isEqualTo(1);
    }
    stopping.join(30_000);
    assertThat(stopping.isAlive()).isFalse();
    assertThat(Postmaster.runs(data)).isFalse();
  }
}
