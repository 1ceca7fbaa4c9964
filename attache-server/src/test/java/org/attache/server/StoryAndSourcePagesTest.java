package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingRecords;
import org.attache.store.sources.PollReport;
import org.attache.store.sources.Sources;
import org.attache.store.stories.Stories;
import org.attache.store.users.UserRole;
import org.attache.store.users.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three outlets tell one meeting in their own words, a fourth document another meeting: the start
 * page counts two stories in four documents, and the story page lists the three documents and the
 * meeting once. The sources page shows an admin each source's last error and next poll, and lets
 * them add and remove sources; it is closed to others.
 */
class StoryAndSourcePagesTest {
  private static Database database;
  private static AttacheServer server;
  private static long story;

  @BeforeAll
  static void storeAndServe() {
    database = TestingPostgres.freshDatabase("story_pages");
    String[] told = {
      "Vladimir Norov received Kenji Morita in Tashkent on 1 March 2024.",
      "In Tashkent on 1 March 2024, Kenji Morita was received by Vladimir Norov.",
      "Kenji Morita met Vladimir Norov in Tashkent on 1 March 2024, the ministry said."
    };
    String first = null;
    for (int i = 0; i < told.length; i++) {
      String id =
          TestingRecords.document(told[i], "2024-03-0" + (i + 1))
              .title("Outlet " + (i + 1) + ": Norov and Morita")
              .met("Vladimir Norov", "Kenji Morita", "2024-03-01", "Tashkent")
              .writeTo(database);
      first = first == null ? id : first;
    }
    TestingRecords.document("Kenji Morita met Ana Lima in Brasilia on 2 June 2024.", "2024-06-02")
        .title("Morita in Brasilia")
        .met("Kenji Morita", "Ana Lima", "2024-06-02", "Brasilia")
        .writeTo(database);
    Stories stories = new Stories(database);
    assertThat(stories.groupPending()).isEqualTo(4);
    story = stories.storyOf(first).orElseThrow();
    Users users = new Users(database);
    users.add("adam", UserRole.ADMIN, TestingServer.PASSWORD);
    users.add("eve", UserRole.EDITOR, TestingServer.PASSWORD);
    server = TestingServer.reading(database);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static Http.Answer get(String path, Optional<Http.Session> session) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    session.ifPresent(s -> request.header("Cookie", s.cookie()));
    return Http.send(request);
  }

  private static Http.Answer form(String path, Http.Session session, String body) {
    return session.form(uri(path), body);
  }

  @Test
  void theStartPageCountsStoriesAndTheStoryPageListsItsOutletsAndItsMeetingOnce() {
    Document start = Jsoup.parse(get("/", Optional.empty()).body());
    assertThat(start.select("#counts").text())
        .startsWith("2 stories in 4 documents (0 of them not diplomatic) · 2 meetings");

    Document list = Jsoup.parse(get("/stories", Optional.empty()).body());
    assertThat(list.select("#stories tbody tr td.documents").eachText())
        .containsExactly("1 document", "3 documents");

    Http.Answer answer = get("/stories/" + story, Optional.empty());
    assertThat(answer.status()).isEqualTo(200);
    Document page = Jsoup.parse(answer.body());
    assertThat(page.select("#sources tbody td.title").eachText())
        .containsExactly(
            "Outlet 1: Norov and Morita",
            "Outlet 2: Norov and Morita",
            "Outlet 3: Norov and Morita");
    assertThat(page.select("#events tbody tr td.date").eachText()).containsExactly("2024-03-01");
    assertThat(page.select("#events tbody tr td.told").eachText()).containsExactly("3 documents");
    assertThat(get("/stories/999999", Optional.empty()).status()).isEqualTo(404);
  }

  @Test
  void anAdminSeesEachSourcesLastErrorAndAddsAndRemovesSources() {
    Http.Session admin = Http.signIn(uri("/api/session"), "adam");
    Http.Answer added =
        form(
            "/sources",
            admin,
            "url=https%3A%2F%2Fnews.example.org%2Ffeed.xml&kind=feed&publisher=Example+News"
                + "&language=en&minutes=30");
    assertThat(added.status()).isEqualTo(302);
    Sources sources = new Sources(database);
    long id = sources.named("https://news.example.org/feed.xml").id();
    sources.finish(
        id,
        PollReport.failed(
            "HTTP 503 from https://news.example.org/feed.xml",
            Optional.of(Duration.ofMinutes(90))));

    Document page = Jsoup.parse(get("/sources", Optional.of(admin)).body());
    assertThat(page.select("#source-" + id + " td.publisher").text()).isEqualTo("Example News en");
    assertThat(page.select("#source-" + id + " td.interval").text()).isEqualTo("30 min");
    assertThat(page.select("#source-" + id + " td.last_success").text()).isEqualTo("never");
    assertThat(page.select("#source-" + id + " td.last_error").text())
        .isEqualTo("HTTP 503 from https://news.example.org/feed.xml (1 in a row)");
    assertThat(page.select("#source-" + id + " td.next_due").text())
        .isEqualTo(sources.find(id).nextDue().toString());

    assertThat(form("/sources/" + id + "/remove", admin, "").status()).isEqualTo(302);
    assertThat(sources.list()).isEmpty();
  }

  @Test
  void theSourcesAreAnAdminsOnly() {
    Http.Session editor = Http.signIn(uri("/api/session"), "eve");
    assertThat(get("/sources", Optional.of(editor)).status()).isEqualTo(403);
    assertThat(
            form(
                    "/sources",
                    editor,
                    "url=https%3A%2F%2Fnews.example.org%2Fx.xml&kind=feed&publisher=X&language=en"
                        + "&minutes=30")
                .status())
        .isEqualTo(403);
    assertThat(get("/sources", Optional.empty()).status()).isEqualTo(302);
    assertThat(new Sources(database).list()).isEmpty();
  }
}
