package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.attache.server.watch.DigestMail;
import org.attache.server.watch.Digests;
import org.attache.server.watch.MailSettings;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.attache.store.users.UserRole;
import org.attache.store.users.Users;
import org.attache.store.watch.DigestQueue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user follows Kazakhstan's and Japan's foreign ministers as a pair; then two documents, written
 * for this test, are ingested by the real pipeline: a new meeting of the two, and a meeting of one
 * of them with Mongolia's. The new meeting of the pair, and it alone, is on the What's new page, in
 * the pair's Atom feed (read back with Rome) and in one digest e-mail that a real SMTP server
 * (GreenMail) receives; a second round, as after a restart, sends no other.
 */
class WatchAlertsTest {
  private static final String USER = "nadia";
  private static final String NEW_MEETING = "Meeting 2025-10-14: Murat Nurtleu, Yoko Kamikawa";

  private static Database database;
  private static AttacheServer server;
  private static Http.Session session;
  private static long pairWatch;

  @BeforeAll
  static void followThenIngest() {
    database = TestingPostgres.freshDatabase("watch_alerts");
    new Users(database).add(USER, UserRole.VIEWER, TestingServer.PASSWORD);
    TestingServer.ingest(
        database, TestingServer.get().extractor, TestingServer.resource("watch/before"));
    server = TestingServer.another(database, () -> TestingServer.get().extractor);
    session = Http.signIn(uri("/api/session"), USER);
    String pair = actor("Murat Nurtleu") + " " + actor("Yoko Kamikawa");
    Http.Answer followed =
        Http.post(
            uri("/api/watches"),
            "{\"kind\": \"pair\", \"subject\": \"" + pair + "\"}",
            "Cookie",
            session.cookie(),
            "X-CSRF-Token",
            session.csrf());
    assertThat(followed.status()).isEqualTo(200);
    pairWatch = followed.json().get("id").asLong();
    assertThat(followed.json().get("label").asText())
        .isIn("Murat Nurtleu and Yoko Kamikawa", "Yoko Kamikawa and Murat Nurtleu");
    assertThat(form("/following/digest", "email=nadia%40example.org&hours=24").status())
        .isEqualTo(302);
    TestingServer.ingest(
        database, TestingServer.get().extractor, TestingServer.resource("watch/after"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static String actor(String name) {
    return "person:"
        + TestingStore.count(database, "SELECT id FROM person_view WHERE name = ?", name);
  }

  private static Http.Answer page(String path) {
    return Http.send(HttpRequest.newBuilder(uri(path)).GET().header("Cookie", session.cookie()));
  }

  private static Http.Answer form(String path, String body) {
    return session.form(uri(path), body);
  }

  @Test
  void theWhatsNewPageListsExactlyTheNewMeetingOfThePairWithItsSource() {
    Http.Answer answer = page("/whats-new");
    assertThat(answer.status()).isEqualTo(200);
    Document html = Jsoup.parse(answer.body());
    Element section = html.getElementById("news-" + pairWatch);
    assertThat(section).isNotNull();
    assertThat(section.select("li.arrival .what").eachText()).containsExactly(NEW_MEETING);
    assertThat(section.select("li.arrival ul.sources a").eachText())
        .containsExactly("Foreign Minister of Kazakhstan meets Foreign Minister of Japan");
    assertThat(html.select("li.arrival").eachText()).noneMatch(t -> t.contains("Batmunkh"));

    Http.Answer json =
        Http.send(
            HttpRequest.newBuilder(uri("/api/whats-new")).GET().header("Cookie", session.cookie()));
    List<String> titles = new ArrayList<>();
    json.json()
        .get("news")
        .get(0)
        .get("arrivals")
        .forEach(a -> titles.add(a.get("title").asText()));
    assertThat(titles).containsExactly("Murat Nurtleu, Yoko Kamikawa");
  }

  @Test
  void thePairsAtomFeedHoldsExactlyTheNewMeeting() throws Exception {
    Http.Answer following = form("/following/token", "");
    assertThat(following.status()).isEqualTo(200);
    String feed =
        Jsoup.parse(following.body()).select("#watch-" + pairWatch + " a.feed").attr("href");
    assertThat(feed).startsWith("/feeds/" + pairWatch + "?token=");

    // A feed reader sends no cookie.
    Http.Answer atom = Http.send(HttpRequest.newBuilder(uri(feed)).GET());
    assertThat(atom.status()).isEqualTo(200);
    assertThat(atom.header("Content-Type")).contains("application/atom+xml; charset=utf-8");
    SyndFeed parsed = new SyndFeedInput().build(new StringReader(atom.body()));
    assertThat(parsed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(parsed.getEntries()).extracting(SyndEntry::getTitle).containsExactly(NEW_MEETING);
    assertThat(parsed.getEntries().get(0).getLink())
        .startsWith("http://127.0.0.1:" + server.port() + "/documents/");

    // Another token, or none, reads nothing.
    assertThat(
            Http.send(HttpRequest.newBuilder(uri("/feeds/" + pairWatch + "?token=x")).GET())
                .status())
        .isEqualTo(404);
    assertThat(Http.send(HttpRequest.newBuilder(uri("/feeds/" + pairWatch)).GET()).status())
        .isEqualTo(404);
  }

  @Test
  void oneDigestEMailHoldsExactlyTheNewMeetingAndARestartSendsNoOther() throws Exception {
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    try {
      MailSettings settings =
          new MailSettings(
              "127.0.0.1",
              smtp.getSmtp().getPort(),
              "attache@example.org",
              "https://attache.example.org");
      // A day and a minute from now, when the daily digest is due.
      Clock dayLater = Clock.offset(Clock.systemUTC(), Duration.ofHours(24).plusMinutes(1));
      DigestQueue queue = new DigestQueue(database);
      List<String> log = new ArrayList<>();
      try (Digests digests = new Digests(queue, new DigestMail(settings), dayLater, log::add)) {
        assertThat(digests.round()).isEqualTo(1);
      }
      assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
      // Started again: nothing more is due.
      try (Digests digests = new Digests(queue, new DigestMail(settings), dayLater, log::add)) {
        assertThat(digests.round()).isZero();
      }
      assertThat(log).isEmpty();
      MimeMessage[] received = smtp.getReceivedMessages();
      assertThat(received).hasSize(1);
      MimeMessage mail = received[0];
      assertThat(mail.getAllRecipients())
          .extracting(Object::toString)
          .containsExactly("nadia@example.org");
      assertThat(mail.getSubject()).isEqualTo("Attaché: 1 new item for what you follow");
      String body = mail.getContent().toString().replace("\r\n", "\n");
      List<String> items = body.lines().filter(l -> l.startsWith("- ")).toList();
      assertThat(items).containsExactly("- " + NEW_MEETING);
      assertThat(body)
          .contains(
              "    Foreign Minister of Kazakhstan meets Foreign Minister of Japan"
                  + " <https://attache.example.org/documents/")
          .doesNotContain("Batmunkh");
      assertThat(queue.digests(USER)).extracting(d -> d.state()).containsExactly("sent");
    } finally {
      smtp.stop();
    }
  }
}
