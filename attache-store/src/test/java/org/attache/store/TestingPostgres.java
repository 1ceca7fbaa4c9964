package org.attache.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
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
        removeStopped(target);
        Path data = Files.createTempDirectory(target, "test-postgres-").resolve("pg");
        server = EmbeddedServer.start(data, false);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot make a folder for the test server", e);
      }
    }
    return server;
  }

  /** Removes the data of earlier test runs whose servers have stopped. */
  private static void removeStopped(Path target) throws IOException {
    try (Stream<Path> entries = Files.list(target)) {
      for (Path old :
          entries.filter(p -> p.getFileName().toString().startsWith("test-postgres-")).toList()) {
        if (!Files.exists(old.resolve("pg").resolve("postmaster.pid"))) {
          try (Stream<Path> tree = Files.walk(old)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
              Files.delete(path);
            }
          }
        }
      }
    }
  }

  /** A new, empty, migrated database whose name starts with {@code prefix}. */
  public static Database freshDatabase(String prefix) {
    String name = (prefix + "_" + DATABASES.incrementAndGet()).toLowerCase(Locale.ROOT);
    return server().database(name);
  }

  /**
   * A new database with no schema at all, whose name starts with {@code prefix}: its JDBC URL, for
   * tests that make a store as an earlier version did. Its {@code public} schema belongs to the
   * application's role, as in a store that the first open of this version has closed to the host.
   */
  public static String emptyDatabase(String prefix) {
    String name = (prefix + "_" + DATABASES.incrementAndGet()).toLowerCase(Locale.ROOT);
    server().createDatabase(name);
    try (Connection c = server().superuserConnection(name);
        Statement statement = c.createStatement()) {
      statement.execute("ALTER SCHEMA public OWNER TO attache");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot give the schema of " + name + " to attache", e);
    }
    return server().jdbcUrl(name);
  }

  /** Runs a statement on a database of the test server as the superuser, not the application. */
  public static void executeAsSuperuser(Database database, String sql) throws SQLException {
    String name = TestingStore.rows(database, "SELECT current_database()").get(0).get(0);
    try (Connection c = server().superuserConnection(name);
        Statement statement = c.createStatement()) {
      statement.execute(sql);
    }
  }

  /** The JDBC URL of a database of the test server, for child processes. */
  public static String jdbcUrl(String database) {
    return server().jdbcUrl(database);
  }
}
