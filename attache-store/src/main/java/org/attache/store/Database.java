package org.attache.store;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.attache.model.error.AttacheException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL database holding the store. Opening one brings its schema up to date with the
 * migrations under {@code db/migration}, after bringing a store made with an earlier release of a
 * changed migration to the current file ({@link ChangedMigrations}). Thread-safe: each caller takes
 * its own connection.
 */
public final class Database {
  /** Flyway reports every step at INFO through java.util.logging; only warnings matter here. */
  private static final Logger FLYWAY_LOG = quiet(Logger.getLogger("org.flywaydb"));

  private final DataSource dataSource;
  private final String description;

  private Database(DataSource dataSource, String description) {
    this.dataSource = requireNonNull(dataSource, "dataSource is null");
    this.description = requireNonNull(description, "description is null");
  }

  /**
   * Opens the database at a JDBC URL ({@code jdbc:postgresql://host:port/name?user=...}) and
   * migrates its schema.
   *
   * @throws StoreException naming the URL when it cannot be reached or migrated
   */
  public static Database open(String jdbcUrl) {
    requireNonNull(jdbcUrl, "jdbcUrl is null");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw AttacheException.badInput("Not a PostgreSQL JDBC URL: '" + jdbcUrl + "'");
    }
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL(jdbcUrl);
    return open(source, withoutPassword(jdbcUrl));
  }

  /** Opens the database behind a data source and migrates its schema. */
  public static Database open(DataSource dataSource, String description) {
    Database database = new Database(dataSource, description);
    database.migrate();
    return database;
  }

  /**
   * Whether the schema behind a data source lacks migrations of this version: a new store, or one
   * made by an earlier version.
   *
   * @throws StoreException naming the description when the database cannot be read
   */
  public static boolean needsMigration(DataSource dataSource, String description) {
    try {
      return Flyway.configure()
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .load()
              .info()
              .pending()
              .length
          > 0;
    } catch (FlywayException e) {
      throw new StoreException(
          "Cannot read the schema of the store at " + description + ": " + e, e);
    }
  }

  private void migrate() {
    FLYWAY_LOG.fine("migrating " + description);
    try (Connection c = connect()) {
      ChangedMigrations.upgrade(c);
    } catch (SQLException e) {
      throw new StoreException(
          "Cannot bring the migrations of the store at " + description + " up to date: " + e, e);
    }
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .cleanDisabled(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException("Cannot migrate the store at " + description + ": " + e, e);
    }
  }

  /** A new connection in auto-commit mode; the caller closes it. */
  public Connection connect() {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new StoreException("Cannot connect to the store at " + description + ": " + e, e);
    }
  }

  /** The size of the database on disk, in bytes ({@code pg_database_size}). */
  public long sizeInBytes() {
    try (Connection c = connect();
        Statement statement = c.createStatement();
        ResultSet rows = statement.executeQuery("SELECT pg_database_size(current_database())")) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("Cannot measure the store at " + description + ": " + e, e);
    }
  }

  /**
   * Refreshes the planner's statistics and the map of pages that every transaction sees ({@code
   * VACUUM (ANALYZE)}), so that queries are planned for the store as it now is rather than as
   * autovacuum last saw it, and an index that holds all a query needs is read without the table;
   * worth it after a large ingest. A vacuum skips the pages that did not change since the last.
   */
  public void refreshStatistics() {
    try (Connection c = connect();
        Statement statement = c.createStatement()) {
      statement.execute("VACUUM (ANALYZE)");
    } catch (SQLException e) {
      throw new StoreException("Cannot refresh the store's statistics: " + e.getMessage(), e);
    }
  }

  /** Where the database is, for messages: the URL without any password. */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return "Database[" + description + "]";
  }

  private static Logger quiet(Logger logger) {
    logger.setLevel(Level.WARNING);
    return logger;
  }

  private static String withoutPassword(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }
}
