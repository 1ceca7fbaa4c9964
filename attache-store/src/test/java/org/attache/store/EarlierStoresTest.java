package org.attache.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.store.TestingDocuments.FIRST;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.attache.pipeline.Extractor;
import org.attache.store.ingest.IngestSummary;
import org.attache.store.review.Review;
import org.attache.store.review.ReviewItem;
import org.attache.store.review.ReviewState;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stores made by earlier versions of Attaché open with this one: their schema is brought to what a
 * new store has, and their records are re-extracted with the reviews kept.
 */
class EarlierStoresTest {
  private static final String STORE_AT_1602475 = "org/attache/store/stores/1602475/";

  private static List<String> newSchema;
  private static List<List<String>> newHistory;

  @TempDir Path folder;

  @BeforeAll
  static void describeANewStore() {
    Database fresh = TestingPostgres.freshDatabase("new_store");
    newSchema = TestingSchema.describe(fresh);
    newHistory = TestingSchema.history(fresh);
  }

  private static void migrate(String url, String location, String target) {
    Flyway.configure()
        .dataSource(url, null, null)
        .locations(location)
        .target(target)
        .ignoreMigrationPatterns("*:missing")
        .cleanDisabled(true)
        .load()
        .migrate();
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement statement = c.createStatement()) {
      statement.execute(sql);
    }
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

  private static String resource(String name) {
    try (InputStream in = EarlierStoresTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("No test resource " + name);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A store of the server's first release: V1, then V3 as commit 6d73acf wrote it. */
  private static String storeOfTheFirstReleaseOfV3() throws SQLException {
    String url = TestingPostgres.emptyDatabase("v3_6d73acf");
    migrate(url, "classpath:db/migration", "1");
    migrate(url, "classpath:org/attache/store/migration/6d73acf", "3");
    assertThat(checksumOfV3(url))
        .containsExactly(Integer.toString(ChangedMigrations.V3_SERVE.released()));
    return url;
  }

  @Test
  void aStoreMigratedWithTheFirstReleaseOfV3OpensWithTheSchemaOfANewStore() throws Exception {
    String url = storeOfTheFirstReleaseOfV3();

    Database database = Database.open(url);

    assertThat(TestingSchema.describe(database)).isEqualTo(newSchema);
    assertThat(TestingSchema.history(database)).isEqualTo(newHistory);
    Database again = Database.open(url);
    assertThat(TestingSchema.history(again)).isEqualTo(newHistory);
  }

  @Test
  void aStoreMigratedWithTheFirstReleaseOfV3NamesThePartiesOfWhatItStores() throws Exception {
    Files.writeString(folder.resolve("a.txt"), FIRST, UTF_8);
    Database database = Database.open(storeOfTheFirstReleaseOfV3());

    TestingIngest.ingest(database, folder);

    assertThat(
            TestingStore.rows(
                database,
                "SELECT DISTINCT actor_kind(actor), actor_name(actor) FROM event_party ORDER BY 2"))
        .containsExactly(
            List.of("state", "Japan"),
            List.of("state", "Kazakhstan"),
            List.of("person", "Murat Nurtleu"),
            List.of("person", "Yasushi Kaneko"));
  }

  /** A store made by the last landed commit (see its rows.sql), opened and ingested again. */
  @Test
  void aStoreOfTheLastLandedCommitIsReExtractedAndKeepsItsReviews() throws Exception {
    String url = TestingPostgres.emptyDatabase("at_1602475");
    migrate(url, "classpath:db/migration", "5");
    execute(url, resource(STORE_AT_1602475 + "rows.sql"));
    for (String file : List.of("a.txt", "b.txt")) {
      Files.writeString(folder.resolve(file), resource(STORE_AT_1602475 + file), UTF_8);
    }

    Database database = Database.open(url);
    Review review = new Review(database);
    long corrected =
        TestingStore.count(
            database, "SELECT assertion_id FROM review_log WHERE action = 'correct'");
    long confirmed =
        TestingStore.count(
            database, "SELECT assertion_id FROM review_log WHERE action = 'confirm'");
    IngestSummary again = TestingIngest.ingest(database, folder);

    assertThat(TestingSchema.describe(database)).isEqualTo(newSchema);
    assertThat(again.reextracted()).isEqualTo(2);
    assertThat(again.stored()).isZero();
    assertThat(
            TestingStore.rows(
                database,
                "SELECT DISTINCT extractor_version FROM document UNION"
                    + " SELECT DISTINCT extractor_version FROM assertion WHERE state = 'machine'"))
        .containsExactly(List.of(Extractor.VERSION));
    ReviewItem date = review.item(corrected);
    assertThat(date.field()).isEqualTo("date");
    assertThat(date.value()).contains("2023-03-13");
    assertThat(date.machineValue()).contains("2023-03-14");
    assertThat(date.state()).isEqualTo(ReviewState.CORRECTED);
    assertThat(date.extractorVersion()).isEqualTo("0.1.0");
    assertThat(review.item(confirmed).state()).isEqualTo(ReviewState.CONFIRMED);
    assertThat(TestingStore.rows(database, "SELECT date, sources FROM meeting_view"))
        .containsExactly(List.of("2023-03-13", "2"));
    assertThat(TestingStore.count(database, "SELECT count(*) FROM review_log")).isEqualTo(2);
    assertThat(TestingStore.staleCurrentValues(database)).isEmpty();
  }
}
