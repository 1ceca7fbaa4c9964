package org.attache.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest of a generated corpus killed with SIGKILL halfway and run again ends as an ingest that
 * was never interrupted: every document once, every row there, nothing twice.
 */
class CrashRecoveryTest {
  static final int DOCUMENTS = 1_000;
  static final int KILL_AFTER = DOCUMENTS / 2;

  private static final List<String> STATES =
      List.of(
          "Kazakhstan",
          "Japan",
          "China",
          "India",
          "Brazil",
          "France",
          "Germany",
          "Italy",
          "Egypt",
          "Kenya",
          "Nigeria",
          "Mexico",
          "Chile",
          "Canada",
          "Australia",
          "Indonesia",
          "Malaysia",
          "Thailand",
          "Turkey",
          "Pakistan",
          "Mongolia",
          "Uzbekistan",
          "Kyrgyzstan",
          "Azerbaijan");
  private static final List<String> GIVEN =
      List.of(
          "Anna", "Boris", "Carlos", "Daniel", "Elena", "Farid", "Grace", "Hiroshi", "Ivan",
          "Julia", "Kenji", "Laura", "Miguel", "Nadia", "Omar", "Peter", "Rosa", "Samuel", "Tamara",
          "Viktor", "Walter", "Yusuf", "Zhanna", "Aliya", "Bruno", "Clara", "David");
  private static final List<String> FAMILY =
      List.of(
          "Petrov",
          "Tanaka",
          "Silva",
          "Schmidt",
          "Rossi",
          "Haddad",
          "Kamau",
          "Okafor",
          "Lopez",
          "Martin",
          "Wilson",
          "Santoso",
          "Rahman",
          "Yilmaz",
          "Khan",
          "Batbayar",
          "Karimov",
          "Aliyev",
          "Novak",
          "Garcia",
          "Moreau",
          "Fischer",
          "Bianchi",
          "Costa",
          "Ibrahim");
  private static final List<String> TOPICS =
      List.of(
          "trade and investment",
          "cooperation in education",
          "regional security",
          "energy projects",
          "cultural exchanges",
          "the agenda of the coming summit");

  @TempDir Path folder;

  @Test
  void aKilledIngestRunAgainStoresEveryDocumentOnce() throws Exception {
    Path corpus = Files.createDirectories(folder.resolve("corpus"));
    writeCorpus(corpus);
    Database clean = TestingPostgres.freshDatabase("crash_clean");
    assertThat(TestingIngest.ingest(clean, corpus).stored()).isEqualTo(DOCUMENTS);
    // A large run leaves the planner statistics of what it stored.
    assertThat(
            TestingStore.count(
                clean,
                "SELECT count(DISTINCT tablename) FROM pg_stats WHERE schemaname = 'public'"
                    + " AND tablename IN ('assertion', 'current_field', 'event_actor')"))
        .isEqualTo(3);

    Database crashed = TestingPostgres.freshDatabase("crash_killed");
    String url = TestingPostgres.jdbcUrl(databaseName(crashed));
    Process first = child(url, corpus, folder.resolve("first.log"));
    long stored = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
    while (stored < KILL_AFTER && first.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
      stored = documents(crashed);
    }
    first.destroyForcibly();
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    long afterKill = documents(crashed);
    assertThat(afterKill).isBetween((long) KILL_AFTER, DOCUMENTS - 1L);

    Process second = child(url, corpus, folder.resolve("second.log"));
    assertThat(second.waitFor(600, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue())
        .as(Files.readString(folder.resolve("second.log"), UTF_8))
        .isZero();
    assertThat(Files.readString(folder.resolve("second.log"), UTF_8))
        .contains(String.format(Locale.ROOT, "%,d already stored", afterKill));

    assertThat(documents(crashed)).isEqualTo(DOCUMENTS);
    assertThat(TestingStore.rowCounts(crashed)).isEqualTo(TestingStore.rowCounts(clean));
    String meetings =
        "SELECT m.date, string_agg(p.name, ', ' ORDER BY p.name) FROM meeting_view m"
            + " JOIN participation pa ON pa.meeting_id = m.id"
            + " JOIN person_view p ON p.id = pa.person_id GROUP BY m.id, m.date ORDER BY 1, 2";
    assertThat(TestingStore.rows(crashed, meetings))
        .hasSizeGreaterThan(DOCUMENTS / 2)
        .isEqualTo(TestingStore.rows(clean, meetings));
    assertThat(TestingStore.staleCurrentValues(crashed)).isEmpty();
  }

  private static long documents(Database database) {
    return TestingStore.count(database, "SELECT count(*) FROM document");
  }

  private static String databaseName(Database database) {
    return TestingStore.rows(database, "SELECT current_database()").get(0).get(0);
  }

  private static Process child(String url, Path corpus, Path log) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-Xmx1500m",
            "-cp",
            System.getProperty("java.class.path"),
            IngestProcess.class.getName(),
            url,
            corpus.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /** Short communiqués, each of a different meeting: varied people, states, dates and wording. */
  static void writeCorpus(Path corpus) throws IOException {
    LocalDate start = LocalDate.of(2012, 1, 2);
    for (int i = 0; i < DOCUMENTS; i++) {
      String host = STATES.get(i % STATES.size());
      String guest = STATES.get((i * 7 + 3) % STATES.size());
      if (guest.equals(host)) {
        guest = STATES.get((i + 1) % STATES.size());
      }
      String minister = GIVEN.get(i % GIVEN.size()) + " " + FAMILY.get((i / 3) % FAMILY.size());
      String envoy =
          GIVEN.get((i * 5 + 11) % GIVEN.size()) + " " + FAMILY.get((i * 3 + 7) % FAMILY.size());
      LocalDate date = start.plusDays(5L * i);
      String day =
          date.getDayOfMonth()
              + " "
              + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
              + " "
              + date.getYear();
      String topic = TOPICS.get(i % TOPICS.size());
      String body =
          switch (i % 3) {
            case 0 ->
                "On "
                    + day
                    + ", Minister of Foreign Affairs of "
                    + host
                    + " "
                    + minister
                    + " met with Ambassador of "
                    + guest
                    + " to "
                    + host
                    + " "
                    + envoy
                    + ". The sides discussed "
                    + topic
                    + ".";
            case 1 ->
                "On "
                    + day
                    + ", Ambassador of "
                    + guest
                    + " "
                    + envoy
                    + " was received by Minister of Foreign Affairs of "
                    + host
                    + " "
                    + minister
                    + ". They discussed "
                    + topic
                    + ".";
            default ->
                "Minister of Foreign Affairs of "
                    + host
                    + " "
                    + minister
                    + " held talks with Ambassador of "
                    + guest
                    + " "
                    + envoy
                    + " on "
                    + day
                    + ". The talks focused on "
                    + topic
                    + ".";
          };
      String text =
          "TITLE: "
              + host
              + " and "
              + guest
              + " discuss "
              + topic
              + "\nDATE: "
              + date
              + "\nSOURCE: https://example.org/news/"
              + i
              + "\n---\n"
              + body
              + " Press release number "
              + (i + 1)
              + ".\n";
      Files.writeString(corpus.resolve(String.format(Locale.ROOT, "%05d.txt", i)), text, UTF_8);
    }
  }
}
