package org.attache.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache watch} in a child JVM, killed with SIGKILL while it polls a feed of many items and
 * started again: every item ends stored once, none is lost, none fetched again once stored.
 */
class WatchKillTest {
  static final int ITEMS = 30;
  static final int KILL_AFTER = 8;

  @TempDir Path folder;

  private Javalin site;
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

  @BeforeEach
  void startSite() {
    site =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.get("/*", this::answer);
                })
            .start("127.0.0.1", 0);
  }

  @AfterEach
  void stopSite() {
    site.stop();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + site.port() + path;
  }

  private void answer(Context ctx) throws InterruptedException {
    String path = ctx.req().getRequestURI();
    requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    if (path.equals("/robots.txt")) {
      ctx.contentType("text/plain").result("User-agent: *\nAllow: /\n");
    } else if (path.equals("/rss.xml")) {
      StringBuilder rss =
          new StringBuilder(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                  + "<title>News</title><link>"
                  + url("/")
                  + "</link><description>News"
                  + "</description>");
      for (int i = 0; i < ITEMS; i++) {
        rss.append("<item><title>Talks ")
            .append(i)
            .append("</title><link>")
            .append(url("/news/" + i + ".html"))
            .append("</link></item>");
      }
      ctx.contentType("application/rss+xml").result(rss.append("</channel></rss>").toString());
    } else if (path.startsWith("/news/")) {
      int n = Integer.parseInt(path.substring(6, path.indexOf('.')));
      // Slow enough that the kill falls in the middle of the poll.
      Thread.sleep(150);
      ctx.contentType("text/html; charset=utf-8").result(page(n));
    } else {
      ctx.status(404);
    }
  }

  /** A press release of a meeting, different for each number. */
  static String page(int n) {
    String[] states = {"Kazakhstan", "Japan", "Chile", "Kenya", "Mongolia", "Brazil"};
    String host = states[n % states.length];
    String guest = states[(n + 1 + n / states.length) % states.length];
    if (guest.equals(host)) {
      guest = states[(n + 2) % states.length];
    }
    String body =
        "On "
            + (1 + n % 28)
            + " April 2024, Minister of Foreign Affairs of "
            + host
            + " Person"
            + (char) ('A' + n % 26)
            + " Number"
            + n
            + " met with Ambassador of "
            + guest
            + " to "
            + host
            + " Envoy"
            + (char) ('A' + n % 26)
            + " Guest"
            + n
            + ". The sides discussed trade and energy, release "
            + n
            + ".";
    return "<!DOCTYPE html><html><head><title>Talks "
        + n
        + "</title>"
        + "<meta property=\"article:published_time\" content=\"2024-04-02\"></head>"
        + "<body><article><h1>Talks "
        + n
        + "</h1><p>"
        + body
        + "</p></article></body></html>";
  }

  @Test
  void aWatchKilledMidPollAndStartedAgainLosesAndRepeatsNothing() throws Exception {
    Database database = TestingPostgres.freshDatabase("watch_kill");
    String jdbc =
        TestingPostgres.jdbcUrl(
            TestingStore.rows(database, "SELECT current_database()").get(0).get(0));
    TestingCli.Run added =
        TestingCli.attache(
            "sources", "add", url("/rss.xml"), "--publisher", "Ministry", "--db", jdbc);
    assertThat(added.status()).as(added.err()).isZero();

    Process first = watch(jdbc, folder.resolve("first.log"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (documents(database) < KILL_AFTER && first.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    first.destroyForcibly();
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    long afterKill = documents(database);
    assertThat(afterKill).as(log("first.log")).isBetween((long) KILL_AFTER, ITEMS - 1L);
    assertThat(items(database)).isEqualTo(afterKill);

    Process second = watch(jdbc, folder.resolve("second.log"));
    assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).as(log("second.log")).isZero();
    assertThat(log("second.log"))
        .contains(
            url("/rss.xml")
                + ": "
                + ITEMS
                + " items, "
                + (ITEMS - afterKill)
                + " new: "
                + (ITEMS - afterKill)
                + " stored, 0 stored before, 0 failed");

    assertThat(documents(database)).isEqualTo(ITEMS);
    assertThat(items(database)).isEqualTo(ITEMS);
    assertThat(TestingStore.count(database, "SELECT count(DISTINCT document_id) FROM source_item"))
        .isEqualTo(ITEMS);
    assertThat(TestingStore.count(database, "SELECT count(*) FROM meeting_view")).isEqualTo(ITEMS);
    int pageFetches = 0;
    for (int i = 0; i < ITEMS; i++) {
      AtomicInteger count = requests.get("/news/" + i + ".html");
      assertThat(count).as("item " + i).isNotNull();
      pageFetches += count.get();
    }
    // Only the page being read when the process was killed may have been fetched twice.
    assertThat(pageFetches).isBetween(ITEMS, ITEMS + 1);
    assertThat(TestingStore.staleCurrentValues(database)).isEmpty();
  }

  private static long documents(Database database) {
    return TestingStore.count(database, "SELECT count(*) FROM document");
  }

  private static long items(Database database) {
    return TestingStore.count(
        database, "SELECT count(*) FROM source_item WHERE document_id IS NOT NULL");
  }

  private String log(String name) throws IOException {
    return Files.readString(folder.resolve(name), UTF_8);
  }

  private static Process watch(String jdbc, Path log) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            List.of(
                java.toString(),
                "-Xmx1500m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "watch",
                "--once",
                "--all",
                "--host-delay",
                "0s",
                "--db",
                jdbc))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}
