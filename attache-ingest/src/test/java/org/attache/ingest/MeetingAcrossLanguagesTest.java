package org.attache.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.attache.store.export.ExportFilter;
import org.attache.store.export.ExportFormat;
import org.attache.store.export.Exporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One meeting written up in each language Attaché reads (texts written for this test, {@code
 * languages/meeting.LANG.txt}; the organisation is real, the people and the meeting invented, the
 * people Chinese, so that each script's spelling leads to one English one: pinyin from the
 * characters, the Palladius syllables read back from Cyrillic), extracted by the standard extractor
 * and ingested into a real PostgreSQL: one event with a source per language, and one person per
 * participant, named in each script. A language's text is added by putting its file beside the
 * others and its code in {@link #LANGUAGES}.
 */
class MeetingAcrossLanguagesTest {
  private static final List<String> LANGUAGES = List.of("en", "ru", "zh");

  @TempDir static Path folder;
  private static Database database;

  @BeforeAll
  static void ingest() throws IOException {
    for (String language : LANGUAGES) {
      String name = "meeting." + language + ".txt";
      try (InputStream in =
          MeetingAcrossLanguagesTest.class.getResourceAsStream("languages/" + name)) {
        assertThat(in).as(name).isNotNull();
        Files.copy(in, folder.resolve(name));
      }
    }
    database = TestingPostgres.freshDatabase("languages");
    IngestSummary summary = TestingIngest.ingest(database, folder);
    assertThat(summary.stored()).isEqualTo(LANGUAGES.size());
    assertThat(summary.failed()).isZero();
  }

  @Test
  void readsEachTextInItsLanguage() {
    assertThat(TestingStore.rows(database, "SELECT language FROM document ORDER BY language"))
        .containsExactlyElementsOf(LANGUAGES.stream().sorted().map(List::of).toList());
  }

  @Test
  void keepsOneMeetingWithASourcePerLanguage() {
    assertThat(TestingStore.rows(database, "SELECT date, sources, place_country FROM meeting_view"))
        .containsExactly(List.of("2024-05-14", Integer.toString(LANGUAGES.size()), "CHN"));
  }

  @Test
  void keepsOnePersonPerParticipantWithTheirNameInEachScript() {
    assertThat(
            TestingStore.rows(
                database,
                "SELECT p.key, v.sources FROM person p JOIN person_view v ON v.id = p.id ORDER BY p.key"))
        .containsExactly(
            List.of("chen hao", Integer.toString(LANGUAGES.size())),
            List.of("zhou tao", Integer.toString(LANGUAGES.size())));
    assertThat(
            TestingStore.rows(
                database,
                "SELECT p.key, count(DISTINCT a.value) FROM assertion a"
                    + " JOIN person p ON p.id = a.subject_id"
                    + " WHERE a.subject_kind = 'person' AND a.field = 'name'"
                    + " GROUP BY p.key ORDER BY p.key"))
        .containsExactly(
            List.of("chen hao", Integer.toString(LANGUAGES.size())),
            List.of("zhou tao", Integer.toString(LANGUAGES.size())));
  }

  @Test
  void theMeetingHasEachParticipantOnce() {
    assertThat(
            TestingStore.rows(
                database,
                "SELECT p.key, pa.role FROM participation pa"
                    + " JOIN person p ON p.id = pa.person_id ORDER BY p.key"))
        .containsExactly(List.of("chen hao", "host"), List.of("zhou tao", "guest"));
  }

  @Test
  void exportsTheTitlesOfItsSourcesInTheirOwnScripts() throws IOException {
    Path csv = folder.resolve("export-csv");
    new Exporter(database).export(ExportFormat.CSV, ExportFilter.all(), csv);
    String sources = Files.readString(csv.resolve("sources.csv"), UTF_8);
    assertThat(sources)
        .contains(",上海合作组织秘书长会见中国外交部副部长,2024-05-14,")
        .contains(
            ",Генеральный секретарь ШОС встретился с заместителем министра иностранных дел Китая,");
    Path graph = folder.resolve("contacts.graphml");
    new Exporter(database).export(ExportFormat.GRAPHML, ExportFilter.all(), graph);
    assertThat(Files.readString(graph, UTF_8)).startsWith("<?xml").contains("Chen Hao");
  }
}
