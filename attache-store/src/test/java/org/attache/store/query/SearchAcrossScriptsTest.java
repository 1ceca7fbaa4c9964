package org.attache.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingRecords;
import org.attache.store.query.actors.ActorName;
import org.attache.store.query.actors.Actors;
import org.attache.store.query.documents.DocumentHit;
import org.attache.store.query.documents.Documents;
import org.attache.store.query.events.Events;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search on a real PostgreSQL in every script: a Russian word finds its Russian document, a Chinese
 * word written inside a Chinese sentence finds its Chinese document, and a person is found by the
 * name each language gives them.
 */
class SearchAcrossScriptsTest {
  private static Documents documents;
  private static Actors actors;
  private static String english;
  private static String russian;
  private static String chinese;

  @BeforeAll
  static void store() {
    Database database = TestingPostgres.freshDatabase("scripts_search");
    Sql sql = new Sql(database);
    documents = new Documents(sql);
    actors = new Actors(sql, new Events(sql));
    english =
        TestingRecords.document("Lina Hartono met Oleg Vasnetsov in Jakarta.", "2024-05-14")
            .person("a1", "Lina Hartono")
            .writeTo(database);
    russian =
        TestingRecords.document(
                "Олег Васнецов встретился с Линой Хартоно в Джакарте. Стороны обсудили торговлю.",
                "2024-05-15")
            .language("ru")
            .person("a1", "Олег Васнецов", "Oleg Vasnetsov")
            .writeTo(database);
    chinese =
        TestingRecords.document("5月16日,外交部长刘国平在北京会见印度尼西亚外长莉娜·哈尔多诺,双方就贸易合作交换了意见。", "2024-05-16")
            .language("zh")
            .person("a1", "莉娜·哈尔多诺", "Lina Hartono")
            .person("a2", "刘国平", "Liu Guoping")
            .writeTo(database);
  }

  private static List<String> ids(List<DocumentHit> hits) {
    return hits.stream().map(DocumentHit::id).toList();
  }

  private static List<String> names(List<ActorName> found) {
    return found.stream().map(a -> a.name().orElse("?")).toList();
  }

  @Test
  void aRussianWordFindsItsDocument() {
    assertThat(ids(documents.search("торговлю", 10))).containsExactly(russian);
    assertThat(ids(documents.search("Джакарте", 10))).containsExactly(russian);
  }

  @Test
  void aChineseWordInsideASentenceFindsItsDocument() {
    assertThat(ids(documents.search("会见", 10))).containsExactly(chinese);
    assertThat(ids(documents.search("贸易合作", 10))).containsExactly(chinese);
    assertThat(ids(documents.search("刘国平", 10))).containsExactly(chinese);
    assertThat(documents.search("会谈", 10)).isEmpty();
    // The characters of a word, but not side by side: no phrase, no hit.
    assertThat(documents.search("会长", 10)).isEmpty();
    assertThat(ids(documents.search("Jakarta", 10))).containsExactly(english);
  }

  @Test
  void aChineseHitShowsItsSentence() {
    assertThat(documents.search("贸易", 10).get(0).sentence())
        .hasValueSatisfying(sentence -> assertThat(sentence).contains("双方就贸易合作交换了意见"));
  }

  @Test
  void aPersonIsFoundByTheNameOfEachLanguage() {
    assertThat(names(actors.search("哈尔多诺", 10))).containsExactly("Lina Hartono");
    assertThat(names(actors.search("Hartono", 10))).containsExactly("Lina Hartono");
    assertThat(names(actors.search("Васнецов", 10))).hasSize(1);
    assertThat(names(actors.search("Liu Guoping", 10))).hasSize(1);
  }
}
