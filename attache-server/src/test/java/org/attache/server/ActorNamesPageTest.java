package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingRecords;
import org.attache.store.TestingStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One person written of in English, Russian and Chinese (records written for this test): the actor
 * page lists each name the documents give them with its language, and the JSON of the actor the
 * same names.
 */
class ActorNamesPageTest {
  private static Database database;
  private static AttacheServer server;
  private static String person;

  @BeforeAll
  static void storeAndServe() {
    database = TestingPostgres.freshDatabase("actor_names");
    TestingRecords.document("Nurlan Temirov met Chen Hao in Beijing on 3 June 2024.", "2024-06-03")
        .met("Nurlan Temirov", "Chen Hao", "2024-06-03", "Beijing")
        .writeTo(database);
    TestingRecords.document("Нурлан Темиров встретился с Чэнь Хао в Пекине.", "2024-06-03")
        .language("ru")
        .person("a1", "Нурлан Темиров", "Nurlan Temirov")
        .writeTo(database);
    TestingRecords.document("努尔兰·捷米罗夫在北京会见陈浩。", "2024-06-04")
        .language("zh")
        .person("a1", "努尔兰·捷米罗夫", "Nurlan Temirov")
        .writeTo(database);
    person =
        TestingStore.rows(database, "SELECT id FROM person WHERE key = 'nurlan temirov'")
            .get(0)
            .get(0);
    server = TestingServer.reading(database);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Http.Answer get(String path) {
    return Http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET());
  }

  @Test
  void thePersonPageListsTheirNameInEachLanguage() {
    Http.Answer answer = get("/actors/person/" + person);
    assertThat(answer.status()).isEqualTo(200);
    Document page = Jsoup.parse(answer.body());
    assertThat(page.select("#names").text())
        .isEqualTo("Names: Nurlan Temirov (en), Нурлан Темиров (ru), 努尔兰·捷米罗夫 (zh)");
    assertThat(page.select("#names .name").stream().map(e -> e.attr("lang")).toList())
        .containsExactly("en", "ru", "zh");
  }

  @Test
  void theActorJsonHoldsTheSameNames() {
    Http.Answer answer = get("/api/actors/person/" + person);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("names").toString())
        .isEqualTo(
            "[{\"name\":\"Nurlan Temirov\",\"language\":\"en\"},"
                + "{\"name\":\"Нурлан Темиров\",\"language\":\"ru\"},"
                + "{\"name\":\"努尔兰·捷米罗夫\",\"language\":\"zh\"}]");
  }

  @Test
  void aPersonNamedInOneLanguageHasOneName() {
    String other =
        TestingStore.rows(database, "SELECT id FROM person WHERE key = 'chen hao'").get(0).get(0);
    Document page = Jsoup.parse(get("/actors/person/" + other).body());
    assertThat(page.select("#names .name").stream().map(Element::text).toList())
        .containsExactly("Chen Hao");
  }
}
