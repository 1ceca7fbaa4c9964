package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;

/** Stores as earlier versions of Attaché left them, for the tests that open them with this one. */
public final class EarlierStores {
  private EarlierStores() {}

  /**
   * A store of the server's first release, in a new database called {@code name}: V1, then V3 as
   * commit 6d73acf wrote it (its released checksum checked).
   *
   * @return the database's JDBC address
   */
  public static String ofTheFirstReleaseOfV3(String name) throws SQLException {
    String url = TestingPostgres.emptyDatabase(name);
    migrate(url, "classpath:db/migration", "1");
    migrate(url, "classpath:org/attache/store/migration/6d73acf", "3");
    assertThat(checksumOfV3(url))
        .containsExactly(Integer.toString(ChangedMigrations.V3_SERVE.released()));
    return url;
  }

  /**
   * Migrates the database at {@code url} with the scripts at {@code location} up to {@code target}.
   */
  public static void migrate(String url, String location, String target) {
    Flyway.configure()
        .dataSource(url, null, null)
        .locations(location)
        .target(target)
        .ignoreMigrationPatterns("*:missing")
        .cleanDisabled(true)
        .load()
        .migrate();
  }

  private static List<String> checksumOfV3(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement statement = c.createStatement();
        var rows =
            statement.executeQuery(
                "SELECT checksum FROM flyway_schema_history WHERE version = '3'")) {
      return rows.next() ? List.of(Integer.toString(rows.getInt(1))) : List.of();
    }
  }
}
