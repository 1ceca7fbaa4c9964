package org.attache.store.embedded;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.attache.model.error.AttacheException;
import org.attache.store.Database;
import org.attache.store.StoreException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases of a running embedded server, reached over the loopback interface with the
 * passwords of its data folder: what the process that started the server and the processes that use
 * it share.
 */
final class Cluster {
  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final String HOST = "127.0.0.1";
  private static final String SUPERUSER = "postgres";

  /** The advisory lock under which a process opens a database ("Opening" in ASCII). */
  private static final long OPENING_LOCK = 0x4F70656E696E67L;

  private final int port;
  private final Credentials credentials;

  Cluster(int port, Credentials credentials) {
    this.port = port;
    this.credentials = requireNonNull(credentials, "credentials is null");
  }

  int port() {
    return port;
  }

  /**
   * A database as the application sees it, migrated, its audit trail sealed. Processes that open
   * one database at once (a server and the commands that use it) take turns: PostgreSQL refuses two
   * grants on one object at the same moment ("tuple concurrently updated").
   */
  Database database(String name) {
    createDatabase(name);
    DataSource application = dataSource(name, Roles.APPLICATION, credentials.application());
    String description = description(name);
    try (Connection superuser = superuserConnection(name)) {
      try (PreparedStatement lock = superuser.prepareStatement("SELECT pg_advisory_lock(?)")) {
        // held until this connection closes, after the migration and the seal
        lock.setLong(1, OPENING_LOCK);
        lock.execute();
      }
      try {
        Roles.admit(superuser, name, false);
        if (Database.needsMigration(application, description)) {
          Roles.admit(superuser, name, true);
        }
        return Database.open(application, description);
      } finally {
        Roles.sealAuditTrail(superuser);
      }
    } catch (SQLException e) {
      throw new StoreException(
          "Cannot give the database '" + name + "' to its role: " + e.getMessage(), e);
    }
  }

  /** Creates a database unless it exists; the superuser owns it. */
  void createDatabase(String name) {
    checkName(name);
    try (Connection connection = superuserConnection(SUPERUSER);
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

  /** The JDBC URL of a database as the application, with its password. */
  String jdbcUrl(String database) {
    return description(database) + "&password=" + credentials.application();
  }

  /** Where a database is, for messages: its URL without the password. */
  String description(String database) {
    return "jdbc:postgresql://"
        + HOST
        + ":"
        + port
        + "/"
        + checkName(database)
        + "?user="
        + Roles.APPLICATION;
  }

  /** A new connection to a database as the superuser; the caller closes it. */
  Connection superuserConnection(String database) {
    try {
      return dataSource(checkName(database), SUPERUSER, credentials.superuser()).getConnection();
    } catch (SQLException e) {
      throw new StoreException(
          "Cannot connect to the database '" + database + "' as the superuser: " + e.getMessage(),
          e);
    }
  }

  private DataSource dataSource(String database, String user, String password) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setServerNames(new String[] {HOST});
    source.setPortNumbers(new int[] {port});
    source.setDatabaseName(database);
    source.setUser(user);
    source.setPassword(password);
    source.setApplicationName("attache");
    return source;
  }

  static String checkName(String name) {
    requireNonNull(name, "database name is null");
    if (!DATABASE_NAME.matcher(name).matches()) {
      throw AttacheException.badInput(
          "Not a database name (lower-case letters, digits, '_'): '" + name + "'");
    }
    return name;
  }
}
