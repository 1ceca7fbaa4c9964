package org.attache.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.attache.model.error.AttacheException;
import org.attache.store.Database;
import org.attache.store.embedded.EmbeddedStore;
import picocli.CommandLine.Option;

/**
 * Where the store is: any PostgreSQL by JDBC URL, or by default the embedded server with its data
 * in a folder ({@value #DEFAULT_DATA}). While another command (such as {@code attache serve}) runs
 * the embedded server on the folder, a command uses that server.
 */
final class StoreOptions {
  /** The default data folder of the embedded server, relative to the working directory. */
  static final String DEFAULT_DATA = "data/pg";

  /** The database of the embedded server that holds the store. */
  static final String DATABASE = "attache";

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "A PostgreSQL database (15 or later) to use instead of the embedded server, e.g."
              + " jdbc:postgresql://localhost:5432/attache?user=attache&password=...")
  String jdbcUrl;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "The data folder of the embedded PostgreSQL (default: "
              + DEFAULT_DATA
              + "); created on first use.")
  Path data;

  /** The store, opened and migrated; close it to stop an embedded server. */
  Store open() {
    if (jdbcUrl != null && data != null) {
      throw AttacheException.badInput("Give either --db or --data, not both");
    }
    if (jdbcUrl != null) {
      return new Store(Database.open(jdbcUrl), Optional.empty());
    }
    EmbeddedStore embedded =
        EmbeddedStore.open(data == null ? Path.of(DEFAULT_DATA) : data, true, DATABASE);
    return new Store(embedded.database(), Optional.of(embedded));
  }

  /** An open store and the embedded server behind it, if any. */
  record Store(Database database, Optional<EmbeddedStore> embedded) implements AutoCloseable {
    @Override
    public void close() {
      embedded.ifPresent(EmbeddedStore::close);
    }
  }
}
