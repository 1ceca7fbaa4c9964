package org.attache.store.embedded;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.attache.store.Database;
import org.attache.store.StoreException;

/**
 * A database of the embedded PostgreSQL on a data folder, whichever process runs the server: this
 * one, which starts it when nobody does and stops it on {@link #close()}, or another process of the
 * same user, such as {@code attache serve}, whose server this one then uses. Several processes can
 * so work on one store at once; the store's own locks keep their writes apart.
 *
 * <p>A process that uses another's server finds its port in the folder ({@link PortFile}) and its
 * passwords there too, and holds the folder's {@link UseLock} shared while it works, so that the
 * server's process waits for it before stopping.
 */
public final class EmbeddedStore implements AutoCloseable {
  /** How long opening waits for a server that another process starts or stops. */
  private static final long WAIT_SECONDS = 60;

  private final Database database;
  private final Optional<EmbeddedServer> server;
  private final Optional<UseLock.Hold> use;

  private EmbeddedStore(
      Database database, Optional<EmbeddedServer> server, Optional<UseLock.Hold> use) {
    this.database = database;
    this.server = server;
    this.use = use;
  }

  /**
   * Opens a database of the server on a data folder, starting the server when no process runs one,
   * and migrates its schema.
   *
   * @param durable for a server started here: see {@link EmbeddedServer#start(Path, boolean)}
   * @throws StoreException naming the folder when the server cannot start, or when another process
   *     runs one that does not let this one in within a minute (one of an earlier version, or
   *     started by another user)
   */
  public static EmbeddedStore open(Path dataDirectory, boolean durable, String database) {
    requireNonNull(dataDirectory, "dataDirectory is null");
    Cluster.checkName(database);
    Path data = dataDirectory.toAbsolutePath().normalize();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (true) {
      Optional<EmbeddedStore> shared = useRunning(data, database);
      if (shared.isPresent()) {
        return shared.get();
      }
      if (!EmbeddedServer.inUse(data)) {
        try {
          return started(EmbeddedServer.start(data, durable), database);
        } catch (StoreException e) {
          if (!EmbeddedServer.inUse(data)) {
            throw e;
          }
          // another process started a server meanwhile: use it
        }
      }
      if (System.nanoTime() > deadline) {
        throw new StoreException(
            "The data folder '"
                + data
                + "' is in use by another running server, which did not let this process in"
                + " within "
                + WAIT_SECONDS
                + " s");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException("Interrupted while waiting for the server of '" + data + "'", e);
      }
    }
  }

  private static EmbeddedStore started(EmbeddedServer server, String database) {
    try {
      return new EmbeddedStore(server.database(database), Optional.of(server), Optional.empty());
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** The store on the server another process runs on the folder, if one is ready. */
  private static Optional<EmbeddedStore> useRunning(Path data, String database) {
    Optional<Integer> port = PortFile.read(data);
    if (port.isEmpty() || !Files.exists(data.resolve(Credentials.FILE))) {
      return Optional.empty();
    }
    Optional<UseLock.Hold> use = UseLock.tryShare(data);
    if (use.isEmpty()) {
      return Optional.empty(); // the server is stopping
    }
    try {
      // Read again under the lock: the server's process removes the file before it stops.
      if (!PortFile.read(data).equals(port)
          || !EmbeddedServer.inUse(data)
          || !Postmaster.runs(data)) {
        use.get().close();
        return Optional.empty();
      }
      Credentials credentials =
          Credentials.read(data)
              .orElseThrow(() -> new StoreException("The passwords of '" + data + "' are gone"));
      Database opened = new Cluster(port.get(), credentials).database(database);
      return Optional.of(new EmbeddedStore(opened, Optional.empty(), use));
    } catch (RuntimeException e) {
      use.get().close();
      throw e;
    }
  }

  /** The store's database. */
  public Database database() {
    return database;
  }

  /** Whether this process started the server, and so stops it on {@link #close()}. */
  public boolean startedHere() {
    return server.isPresent();
  }

  /** Stops the server started here, or lets the process that runs it know this one is done. */
  @Override
  public void close() {
    server.ifPresent(EmbeddedServer::close);
    use.ifPresent(UseLock.Hold::close);
  }
}
