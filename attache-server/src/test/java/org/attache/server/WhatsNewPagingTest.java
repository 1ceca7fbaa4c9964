package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.stream.IntStream;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingRecords;
import org.attache.store.users.UserRole;
import org.attache.store.users.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user follows a search, and 53 documents that it finds arrive: the What's new page shows the
 * newest 50 and a link to the rest, which shows the 3 oldest, as they stood when the first page was
 * read; a document that arrives meanwhile does not shift them.
 */
class WhatsNewPagingTest {
  private static final String USER = "nadia";
  private static final int ARRIVED = 53;

  private static Database database;
  private static AttacheServer server;
  private static Http.Session session;
  private static long watch;

  @BeforeAll
  static void followThenStore() {
    database = TestingPostgres.freshDatabase("whats_new_paging");
    new Users(database).add(USER, UserRole.VIEWER, TestingServer.PASSWORD);
    server =
        TestingServer.another(
            database,
            () -> {
              throw new IllegalStateException("This test extracts nothing");
            });
    session = Http.signIn(uri("/api/session"), USER);
    Http.Answer followed =
        Http.post(
            uri("/api/watches"),
            "{\"kind\": \"search\", \"subject\": \"pipeline\"}",
            "Cookie",
            session.cookie(),
            "X-CSRF-Token",
            session.csrf());
    assertThat(followed.status()).isEqualTo(200);
    watch = followed.json().get("id").asLong();
    for (int i = 1; i <= ARRIVED; i++) {
      release(i);
    }
  }

  private static void release(int number) {
    TestingRecords.document(
            "Release " + number + ": the ministers discussed the gas pipeline.", "2024-03-01")
        .title("Release " + number)
        .writeTo(database);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static Document page(String path) {
    Http.Answer answer =
        Http.send(HttpRequest.newBuilder(uri(path)).GET().header("Cookie", session.cookie()));
    assertThat(answer.status()).as(path).isEqualTo(200);
    return Jsoup.parse(answer.body());
  }

  private static List<String> releases(int from, int to) {
    return IntStream.iterate(from, i -> i >= to, i -> i - 1)
        .mapToObj(i -> "Document 2024-03-01: Release " + i)
        .toList();
  }

  @Test
  void theFirstPageShowsTheNewest50AndTheMoreLinkTheRest() {
    Element first = page("/whats-new").getElementById("news-" + watch);
    assertThat(first).isNotNull();
    assertThat(first.select("li.arrival .what").eachText()).isEqualTo(releases(53, 4));
    assertThat(first.select("p.range").text()).isEqualTo("1–50, newest first");
    String more = first.select("p.more a").attr("href");
    assertThat(more).startsWith("/whats-new?watch=" + watch + "&offset=50&until=");

    // What arrives after the first page was read waits for the next visit.
    release(ARRIVED + 1);

    Document next = page(more);
    Element rest = next.getElementById("news-" + watch);
    assertThat(rest.select("li.arrival .what").eachText()).isEqualTo(releases(3, 1));
    assertThat(rest.select("ol.arrivals").attr("start")).isEqualTo("51");
    assertThat(rest.select("p.range").text()).isEqualTo("51–53, newest first");
    assertThat(rest.select("p.more")).isEmpty();
    assertThat(next.getElementById("all-news").attr("href")).isEqualTo("/whats-new");
  }

  @Test
  void aWatchOfNobodysOrABadTimeIsRefused() {
    Http.Answer unknown =
        Http.send(
            HttpRequest.newBuilder(
                    uri(
                        "/whats-new?watch="
                            + (watch + 1000)
                            + "&offset=50&until=2030-01-01T00:00:00Z"))
                .GET()
                .header("Cookie", session.cookie()));
    assertThat(unknown.status()).isEqualTo(404);
    Http.Answer badTime =
        Http.send(
            HttpRequest.newBuilder(uri("/whats-new?watch=" + watch + "&offset=50&until=yesterday"))
                .GET()
                .header("Cookie", session.cookie()));
    assertThat(badTime.status()).isEqualTo(400);
    assertThat(Jsoup.parse(badTime.body()).text()).contains("'until' is not a time: 'yesterday'");
  }
}
