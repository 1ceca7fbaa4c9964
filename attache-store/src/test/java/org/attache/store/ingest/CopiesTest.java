package org.attache.store.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.attache.store.Database;
import org.attache.store.TestingIngest;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared development documents stored as five copies each, as syndication publishes one story:
 * under other file names, each copy with a line of its own added, so that each is a document of its
 * own. The copies tell of nothing more than one of them: the same events, each with five times the
 * sources.
 *
 * <p>All 161 documents by default (805 copies); {@code -Dattache.copies=quarter} takes every fourth
 * document in name order, for a quicker run while working on the store.
 */
class CopiesTest {
  private static final Path DEV = Path.of(System.getProperty("attache.shared"), "gold", "dev");
  private static final List<String> ORDINALS =
      List.of("first", "second", "third", "fourth", "fifth");

  @TempDir static Path folder;
  private static Database database;
  private static int documents;
  private static Map<String, Long> eventsOfOneCopy;
  private static Map<Long, Long> sourcesOfOneCopy;
  private static Map<String, Long> eventsOfFiveCopies;
  private static Map<Long, Long> sourcesOfFiveCopies;

  @BeforeAll
  static void ingestFiveCopies() throws IOException {
    List<Path> chosen = new ArrayList<>();
    try (Stream<Path> files = Files.list(DEV)) {
      List<Path> all =
          files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
      boolean everyOne = !"quarter".equals(System.getProperty("attache.copies"));
      for (int i = 0; i < all.size(); i++) {
        if (everyOne || i % 4 == 0) {
          chosen.add(all.get(i));
        }
      }
    }
    documents = chosen.size();
    for (int copy = 0; copy < ORDINALS.size(); copy++) {
      Path into = Files.createDirectories(folder.resolve(copy == 0 ? "one" : "more"));
      for (Path document : chosen) {
        String text = Files.readString(document, UTF_8).stripTrailing();
        Files.writeString(
            into.resolve("copy-" + (copy + 1) + "-" + document.getFileName()),
            text + "\n\nReposted by the " + ORDINALS.get(copy) + " mirror site.\n",
            UTF_8);
      }
    }
    database = TestingPostgres.freshDatabase("copies");
    assertThat(TestingIngest.ingest(database, folder.resolve("one")).stored()).isEqualTo(documents);
    eventsOfOneCopy = eventsByType();
    sourcesOfOneCopy = sourcesByEvent();
    IngestSummary more = TestingIngest.ingest(database, folder.resolve("more"));
    assertThat(more.stored()).isEqualTo(4L * documents);
    eventsOfFiveCopies = eventsByType();
    sourcesOfFiveCopies = sourcesByEvent();
  }

  private static Map<String, Long> eventsByType() {
    Map<String, Long> counts = new TreeMap<>();
    for (List<String> row :
        TestingStore.rows(database, "SELECT type, count(*) FROM event_view GROUP BY type")) {
      counts.put(row.get(0), Long.parseLong(row.get(1)));
    }
    return counts;
  }

  private static Map<Long, Long> sourcesByEvent() {
    Map<Long, Long> sources = new HashMap<>();
    for (List<String> row : TestingStore.rows(database, "SELECT id, sources FROM event_view")) {
      sources.put(Long.parseLong(row.get(0)), Long.parseLong(row.get(1)));
    }
    return sources;
  }

  @Test
  void theChosenDocumentsTellOfMeetingsAndStatementsWithoutADate() {
    assertThat(documents).isGreaterThan(30);
    assertThat(eventsOfOneCopy.get("meeting")).isGreaterThan(20);
    assertThat(eventsOfOneCopy.get("statement")).isGreaterThan(50);
    String undated = "SELECT count(*) FROM event_view e WHERE e.type = ? AND e.date IS NULL";
    assertThat(TestingStore.count(database, undated, "meeting")).isPositive();
    assertThat(TestingStore.count(database, undated, "statement")).isPositive();
  }

  @Test
  void fiveCopiesTellOfAsManyEventsAsOne() {
    assertThat(eventsOfFiveCopies).isEqualTo(eventsOfOneCopy);
  }

  @Test
  void eachEventHasFiveTimesTheSourcesOfOneCopy() {
    Map<Long, Long> fiveTimes = new HashMap<>();
    sourcesOfOneCopy.forEach((id, sources) -> fiveTimes.put(id, 5 * sources));
    assertThat(sourcesOfFiveCopies).isEqualTo(fiveTimes);
  }
}
