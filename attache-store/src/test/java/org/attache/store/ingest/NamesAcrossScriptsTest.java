package org.attache.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingRecords;
import org.attache.store.TestingStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a real PostgreSQL: a person named in Cyrillic with an English spelling is the person an
 * English text names by that spelling, and their meeting told in both languages is one event with
 * two sources.
 */
class NamesAcrossScriptsTest {
  private Database database;

  @BeforeEach
  void store() {
    database = TestingPostgres.freshDatabase("scripts");
    TestingRecords.document("Lina Hartono met Oleg Vasnetsov in Jakarta.", "2024-05-14")
        .met("Lina Hartono", "Oleg Vasnetsov", "2024-05-14", "Jakarta")
        .writeTo(database);
    TestingRecords.document(
            "Олег Васнецов встретился с Линой Хартоно в Джакарте. Лина Хартоно говорила.",
            "2024-05-15")
        .language("ru")
        .person("a1", "Олег Васнецов", "Oleg Vasnetsov")
        .person("a2", "Лина Хартоно", "Lina Hartono")
        .meeting("e1", "2024-05-14", "Jakarta", 0.9, "a1", "a2")
        .writeTo(database);
  }

  @Test
  void keysAPersonByTheEnglishSpellingOfTheirName() {
    assertThat(TestingStore.rows(database, "SELECT key FROM person ORDER BY key"))
        .containsExactly(List.of("lina hartono"), List.of("oleg vasnetsov"));
    assertThat(
            TestingStore.rows(
                database,
                "SELECT a.value FROM assertion a JOIN person p ON p.id = a.subject_id"
                    + " WHERE a.subject_kind = 'person' AND a.field = 'name'"
                    + " AND p.key = 'oleg vasnetsov' ORDER BY a.value"))
        .containsExactly(List.of("Oleg Vasnetsov"), List.of("Олег Васнецов"));
  }

  @Test
  void keepsOneMeetingToldInTwoLanguages() {
    assertThat(
            TestingStore.rows(
                database,
                "SELECT count(DISTINCT subject_id), count(DISTINCT document_id) FROM assertion"
                    + " WHERE subject_kind = 'event' AND field = 'exists'"))
        .containsExactly(List.of("1", "2"));
  }
}
