package org.attache.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.attache.store.embedded.EmbeddedServer;

/**
 * One real PostgreSQL server per test JVM, started on first use from the embedded binaries, and a
 * fresh database for each caller, so that test classes do not see each other's rows.
 */
public final class TestingPostgres {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedServer server;

  private TestingPostgres() {}

  /** The server of this JVM. */
  public static synchronized EmbeddedServer server() {
    if (server == null) {
      try {
        Path target = Files.createDirectories(Path.of("target"));
        Path data = Files.createTempDirectory(target, "test-postgres-").resolve("pg");
        server = EmbeddedServer.start(data, false);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot make a folder for the test server", e);
      }
    }
    return server;
  }

  /** A new, empty, migrated database whose name starts with {@code prefix}. */
  public static Database freshDatabase(String prefix) {
    String name = (prefix + "_" + DATABASES.incrementAndGet()).toLowerCase(Locale.ROOT);
    return server().database(name);
  }

  /** The JDBC URL of a database of the test server, for child processes. */
  public static String jdbcUrl(String database) {
    return server().jdbcUrl(database);
  }
}
