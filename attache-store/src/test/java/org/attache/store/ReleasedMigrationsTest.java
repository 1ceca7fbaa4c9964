package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * Released migrations never change: a store made by any released version must pass Flyway's
 * validation of the files it was migrated with. Each file's checksum as Flyway computes it is
 * pinned here; a change to a released file fails this test, and the change belongs in a new
 * migration instead.
 */
class ReleasedMigrationsTest {
  /** Flyway's checksums of the released migrations, by version. */
  static final Map<String, Integer> RELEASED =
      Map.of("1", -787823976, "3", -1160721871, "4", 872909859, "5", 1666955703);

  /** The last released migration: those after it may still change until they are released. */
  private static final int LAST_RELEASED = 5;

  /** Flyway's checksum of each migration at a location, by version, as a new store would see. */
  static Map<String, Integer> checksums(String location) {
    Map<String, Integer> checksums = new TreeMap<>();
    Flyway flyway =
        Flyway.configure()
            .dataSource(TestingPostgres.emptyDatabase("checksums"), null, null)
            .locations(location)
            .load();
    for (MigrationInfo migration : flyway.info().all()) {
      checksums.put(migration.getVersion().getVersion(), migration.getChecksum());
    }
    return checksums;
  }

  @Test
  void releasedMigrationsKeepTheirChecksums() {
    Map<String, Integer> released = new TreeMap<>(checksums("classpath:db/migration"));
    // Versions may have a minor part (9.1): those after a release are compared by their major one.
    released
        .keySet()
        .removeIf(version -> Integer.parseInt(version.split("\\.")[0]) > LAST_RELEASED);
    assertThat(released).isEqualTo(new TreeMap<>(RELEASED));
  }

  @Test
  void theStoreKnowsBothReleasesOfV3() {
    assertThat(checksums("classpath:org/attache/store/migration/6d73acf"))
        .containsExactly(entry("3", ChangedMigrations.V3_SERVE.released()));
    assertThat(ChangedMigrations.V3_SERVE.current()).isEqualTo(RELEASED.get("3"));
    assertThat(ChangedMigrations.ALL).containsExactly(ChangedMigrations.V3_SERVE);
  }
}
