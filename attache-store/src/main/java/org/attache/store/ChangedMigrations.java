package org.attache.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Released migrations whose file a later commit changed, and what brings a store made with the
 * earlier file to what the file makes now. Flyway refuses to migrate a store whose history records
 * another checksum for a migration than its file has; a store migrated with an earlier release of a
 * file is made to agree before Flyway runs, in one transaction: the upgrade script runs and the
 * history takes the current checksum.
 *
 * <p>Released migrations never change again (a test pins the checksum of each); this list only
 * makes amends for the one that did.
 */
final class ChangedMigrations {
  /**
   * A migration as first released.
   *
   * @param version the migration's version in Flyway's history, such as {@code 3}
   * @param released the checksum Flyway recorded for the file as released
   * @param current the checksum of the file as it is
   * @param upgrade the class path resource that brings the schema from one to the other
   */
  record Changed(String version, int released, int current, String upgrade) {
    Changed {
      requireNonNull(version, "version is null");
      requireNonNull(upgrade, "upgrade is null");
      if (released == current) {
        throw new IllegalArgumentException("V" + version + " did not change");
      }
    }
  }

  /** V3__serve.sql as commit 6d73acf released it, then changed by commit 94ec625. */
  static final Changed V3_SERVE =
      new Changed("3", -1371067269, -1160721871, "db/upgrade/V3__serve_6d73acf.sql");

  static final List<Changed> ALL = List.of(V3_SERVE);

  private ChangedMigrations() {}

  /**
   * Brings every migration of the store's history recorded with an earlier release of its file to
   * the current file. Does nothing to a new store or one made with the current files.
   */
  static void upgrade(Connection c) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      if (hasHistory(c)) {
        for (Changed changed : ALL) {
          upgrade(c, changed);
        }
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  private static boolean hasHistory(Connection c) throws SQLException {
    try (Statement statement = c.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
      rows.next();
      return rows.getBoolean(1);
    }
  }

  private static void upgrade(Connection c, Changed changed) throws SQLException {
    // Locks the history's row: a second process opening the store at once waits, then finds the
    // current checksum and does nothing.
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT 1 FROM flyway_schema_history WHERE version = ? AND checksum = ? AND success"
                + " FOR UPDATE")) {
      select.setString(1, changed.version());
      select.setInt(2, changed.released());
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return;
        }
      }
    }
    try (Statement statement = c.createStatement()) {
      statement.execute(script(changed.upgrade()));
    }
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE flyway_schema_history SET checksum = ? WHERE version = ? AND checksum = ?")) {
      update.setInt(1, changed.current());
      update.setString(2, changed.version());
      update.setInt(3, changed.released());
      update.executeUpdate();
    }
  }

  private static String script(String resource) {
    try (InputStream in = ChangedMigrations.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The upgrade script " + resource + " is missing");
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the upgrade script " + resource, e);
    }
  }
}
