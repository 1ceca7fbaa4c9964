package org.attache.ingest.watch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.attache.pipeline.Extractor;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.attache.store.sources.NewSource;
import org.attache.store.sources.Source;
import org.attache.store.sources.SourceKind;
import org.attache.store.sources.Sources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Polls sources on a real HTTP server started by the test, serving feeds, sitemaps, listings, pages
 * and a PDF written for it, and stores what it finds with the real extractor.
 */
class PollerTest {
  private static Extractor extractor;

  /** Loaded once for the class: CoreNLP's models take a while. */
  static final Supplier<Extractor> EXTRACTOR =
      () -> {
        synchronized (PollerTest.class) {
          if (extractor == null) {
            extractor = Extractor.standard();
          }
          return extractor;
        }
      };

  /**
   * The standard limits with no pause between requests; their 30-second time-out leaves a busy
   * machine time to answer (the test of an endless page sets a short one of its own).
   */
  static final FetchLimits LIMITS = FetchLimits.standard().withHostDelay(Duration.ZERO);

  private TestingSite site;
  private Database database;
  private Sources sources;
  private Poller poller;

  @BeforeEach
  void start() {
    site = new TestingSite();
    site.put("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    database = TestingPostgres.freshDatabase("poller");
    sources = new Sources(database);
    poller = new Poller(database, EXTRACTOR, Extractor.VERSION, LIMITS);
  }

  @AfterEach
  void stop() {
    poller.close();
    site.close();
  }

  private Source add(String path, SourceKind kind) {
    return add(path, kind, Duration.ofMinutes(10));
  }

  private Source add(String path, SourceKind kind, Duration interval) {
    return sources.add(
        new NewSource(site.url(path), kind, "Ministry", "en", interval, Optional.empty()));
  }

  private void putPage(String path, int n) {
    site.put(
        path,
        "text/html; charset=utf-8",
        TestingPages.page("Talks " + n, "2024-03-04", TestingPages.communique(n)));
  }

  private long documents() {
    return TestingStore.count(database, "SELECT count(*) FROM document");
  }

  private List<SourcePoll> pollAll() throws InterruptedException {
    return poller.pollDue(true, p -> {});
  }

  @Test
  void newItemsAreIngestedOnceAndAnUnchangedFeedFetchesNothing() throws Exception {
    putPage("/news/1.html", 1);
    putPage("/news/2.html", 2);
    site.put(
        "/news/3.pdf",
        "application/pdf",
        TestingPages.pdf(
            "Joint statement",
            List.of(
                "On 5 March 2024, Minister of Foreign Affairs of Chile Elena Rossi met with",
                "Ambassador of Kenya to Chile Daniel Kamau in Santiago. The sides discussed",
                "trade and cooperation in education.")));
    site.put(
        "/news/rss.xml",
        "application/rss+xml",
        TestingPages.rss(
            List.of(
                new String[] {"Talks 1", site.url("/news/1.html")},
                new String[] {"Talks 2", site.url("/news/2.html")},
                new String[] {"Joint statement", site.url("/news/3.pdf")})));
    Source feed = add("/news/rss.xml", SourceKind.FEED);

    List<SourcePoll> first = pollAll();
    assertThat(first)
        .extracting(SourcePoll::describe)
        .containsExactly(
            site.url("/news/rss.xml") + ": 3 items, 3 new: 3 stored, 0 stored before, 0 failed");
    assertThat(documents()).isEqualTo(3);
    assertThat(
            TestingStore.rows(
                database,
                "SELECT i.url, d.title FROM source_item i JOIN document d ON d.id = i.document_id"
                    + " ORDER BY i.url"))
        .containsExactly(
            List.of(site.url("/news/1.html"), "Talks 1 | Ministry"),
            List.of(site.url("/news/2.html"), "Talks 2 | Ministry"),
            List.of(site.url("/news/3.pdf"), "Joint statement"));
    assertThat(
            TestingStore.count(
                database,
                "SELECT count(*) FROM meeting_view m JOIN event_source s ON s.event_id = m.id"
                    + " JOIN source_item i ON i.document_id = s.document_id"))
        .isEqualTo(3);
    assertThat(sources.find(feed.id()).etag()).isPresent();

    List<String> before = site.log();
    assertThat(pollAll())
        .extracting(SourcePoll::describe)
        .containsExactly(site.url("/news/rss.xml") + ": not modified");
    assertThat(site.log().subList(before.size(), site.log().size()))
        .containsExactly("/news/rss.xml");
    assertThat(site.requests("/news/1.html")).isEqualTo(1);
    assertThat(site.requests("/news/3.pdf")).isEqualTo(1);
    assertThat(site.requests("/robots.txt")).isEqualTo(1);
    assertThat(documents()).isEqualTo(3);
  }

  @Test
  void aChangedFeedFetchesOnlyItsNewItems() throws Exception {
    putPage("/news/1.html", 1);
    putPage("/news/4.html", 4);
    site.put(
        "/news/rss.xml",
        "application/rss+xml",
        TestingPages.rss(List.<String[]>of(new String[] {"Talks 1", site.url("/news/1.html")})));
    add("/news/rss.xml", SourceKind.FEED);
    pollAll();
    site.put(
        "/news/rss.xml",
        "application/rss+xml",
        TestingPages.rss(
            List.of(
                new String[] {"Talks 4", site.url("/news/4.html")},
                new String[] {"Talks 1", site.url("/news/1.html")})));
    assertThat(pollAll())
        .extracting(SourcePoll::describe)
        .containsExactly(
            site.url("/news/rss.xml") + ": 2 items, 1 new: 1 stored, 0 stored before, 0 failed");
    assertThat(site.requests("/news/1.html")).isEqualTo(1);
    assertThat(site.requests("/news/4.html")).isEqualTo(1);
    assertThat(documents()).isEqualTo(2);
  }

  @Test
  void a503WithRetryAfterPutsTheSourceOffForAsLongAsAsked() throws Exception {
    site.put(
        "/busy/rss.xml",
        exchange -> {
          exchange.header("Retry-After", "120");
          TestingSite.send(exchange, 503, "text/plain", "busy".getBytes(UTF_8));
        });
    Source busy = add("/busy/rss.xml", SourceKind.FEED, Duration.ofSeconds(30));
    assertThat(poller.pollDue(false, p -> {})).hasSize(1);
    Source after = sources.find(busy.id());
    assertThat(after.lastError())
        .contains("Cannot poll " + site.url("/busy/rss.xml") + ": HTTP 503, retry after 120 s");
    assertThat(after.failures()).isEqualTo(1);
    assertThat(Duration.between(Instant.now(), after.nextDue()))
        .isBetween(Duration.ofSeconds(110), Duration.ofSeconds(120));
    assertThat(poller.pollDue(false, p -> {})).isEmpty();
    assertThat(site.requests("/busy/rss.xml")).isEqualTo(1);
  }

  @Test
  void robotsTxtDisallowingAPathIsHonoured() throws Exception {
    putPage("/private/1.html", 1);
    putPage("/news/2.html", 2);
    site.put(
        "/news/rss.xml",
        "application/rss+xml",
        TestingPages.rss(
            List.of(
                new String[] {"Talks 1", site.url("/private/1.html")},
                new String[] {"Talks 2", site.url("/news/2.html")})));
    Source feed = add("/news/rss.xml", SourceKind.FEED);
    pollAll();
    assertThat(site.requests("/private/1.html")).isZero();
    assertThat(site.requests("/news/2.html")).isEqualTo(1);
    assertThat(documents()).isEqualTo(1);
    assertThat(sources.find(feed.id()).lastError())
        .contains("Cannot ingest " + site.url("/private/1.html") + ": disallowed by robots.txt");
    Source disallowed = add("/private/rss.xml", SourceKind.FEED);
    pollAll();
    assertThat(sources.find(disallowed.id()).lastError())
        .contains("Cannot poll " + site.url("/private/rss.xml") + ": disallowed by robots.txt");
    assertThat(site.requests("/private/rss.xml")).isZero();
  }

  @Test
  void aMalformedFeedLeavesItsErrorAndNothingElse() throws Exception {
    site.put(
        "/bad/rss.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><item><title>Half");
    Source bad = add("/bad/rss.xml", SourceKind.FEED);
    pollAll();
    assertThat(sources.find(bad.id()).lastError().orElseThrow())
        .startsWith("Cannot poll " + site.url("/bad/rss.xml") + ": not an RSS or Atom feed: ");
    assertThat(sources.find(bad.id()).failures()).isEqualTo(1);
    assertThat(TestingStore.rowCounts(database).values()).containsOnly(0L);
    assertThat(TestingStore.count(database, "SELECT count(*) FROM source_item")).isZero();
  }

  @Test
  void aHugePageAnEndlessPageAndARedirectLoopEachLeaveAClearErrorAndNothingHalfStored()
      throws Exception {
    byte[] huge = new byte[30 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'a');
    site.put("/news/huge.html", "text/html", huge);
    site.put(
        "/news/chunked.html",
        exchange -> {
          try (OutputStream out = TestingSite.chunked(exchange, "text/html")) {
            byte[] block = new byte[1024 * 1024];
            Arrays.fill(block, (byte) 'b');
            for (int i = 0; i < 30; i++) {
              out.write(block);
            }
          }
        });
    site.put("/news/endless.html", PollerTest::endless);
    site.put("/news/a.html", exchange -> redirect(exchange, "/news/b.html"));
    site.put("/news/b.html", exchange -> redirect(exchange, "/news/a.html"));
    site.put(
        "/news/rss.xml",
        "application/rss+xml",
        TestingPages.rss(
            List.of(
                new String[] {"Huge", site.url("/news/huge.html")},
                new String[] {"Chunked", site.url("/news/chunked.html")},
                new String[] {"Endless", site.url("/news/endless.html")},
                new String[] {"Loop", site.url("/news/a.html")})));
    Source feed = add("/news/rss.xml", SourceKind.FEED);
    poller.close();
    poller =
        new Poller(
            database, EXTRACTOR, Extractor.VERSION, LIMITS.withTimeout(Duration.ofSeconds(3)));
    List<SourcePoll> polls = pollAll();
    assertThat(polls).extracting(SourcePoll::failed).containsExactly(4);
    assertThat(
            TestingStore.rows(
                database, "SELECT url, error, retry::text FROM source_item ORDER BY url"))
        .containsExactly(
            List.of(
                site.url("/news/a.html"),
                "redirect loop: "
                    + site.url("/news/a.html")
                    + " → "
                    + site.url("/news/b.html")
                    + " → "
                    + site.url("/news/a.html"),
                "false"),
            List.of(
                site.url("/news/chunked.html"), "too large: more than 10,485,760 bytes", "false"),
            List.of(site.url("/news/endless.html"), "timed out after 3 s", "true"),
            List.of(site.url("/news/huge.html"), "too large: more than 10,485,760 bytes", "false"));
    assertThat(sources.find(feed.id()).lastError())
        .contains(
            "Cannot ingest "
                + site.url("/news/a.html")
                + ": redirect loop: "
                + site.url("/news/a.html")
                + " → "
                + site.url("/news/b.html")
                + " → "
                + site.url("/news/a.html"));
    assertThat(TestingStore.rowCounts(database).values()).containsOnly(0L);
  }

  @Test
  void aSitemapAndAListingPageGiveTheirItems() throws Exception {
    putPage("/press/2024/1.html", 1);
    putPage("/press/2024/2.html", 2);
    putPage("/archive/3.html", 3);
    site.put(
        "/sitemap.xml",
        "application/xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>"
            + site.url("/sitemap-press.xml")
            + "</loc></sitemap></sitemapindex>");
    site.put(
        "/sitemap-press.xml",
        "application/xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<url><loc>"
            + site.url("/press/2024/1.html")
            + "</loc><lastmod>2024-03-04</lastmod></url>"
            + "<url><loc>"
            + site.url("/archive/3.html")
            + "</loc></url></urlset>");
    site.put(
        "/press/",
        "text/html",
        "<html><body><nav><a href=\"/\">Home</a> <a href=\"/press/?page=2\">Next</a></nav>"
            + "<ul><li><a href=\"2024/1.html\">Talks 1</a></li>"
            + "<li><a href=\"/press/2024/2.html\">Talks 2</a></li>"
            + "<li><a href=\"/about.html\">About</a></li></ul></body></html>");
    add("/sitemap.xml", SourceKind.SITEMAP);
    add("/press/", SourceKind.LISTING);
    assertThat(pollAll())
        .extracting(SourcePoll::describe)
        .containsExactly(
            site.url("/sitemap.xml") + ": 2 items, 2 new: 2 stored, 0 stored before, 0 failed",
            site.url("/press/") + ": 2 items, 2 new: 1 stored, 1 stored before, 0 failed");
    assertThat(documents()).isEqualTo(3);
    assertThat(site.requests("/press/2024/1.html")).isEqualTo(2);
    assertThat(site.requests("/about.html")).isZero();
  }

  @Test
  void requestsToOneHostAreKeptApart() throws Exception {
    FetchLimits paced = LIMITS.withHostDelay(Duration.ofMillis(300));
    site.put(
        "/news/rss.xml",
        "application/rss+xml",
        TestingPages.rss(
            List.of(
                new String[] {"1", site.url("/missing/1.html")},
                new String[] {"2", site.url("/missing/2.html")})));
    add("/news/rss.xml", SourceKind.FEED);
    try (Poller slow = new Poller(database, EXTRACTOR, Extractor.VERSION, paced)) {
      slow.pollDue(true, p -> {});
    }
    List<Long> times = site.times();
    assertThat(site.log())
        .containsExactly("/robots.txt", "/news/rss.xml", "/missing/1.html", "/missing/2.html");
    // Three gaps of at least 300 ms between the requests as they were sent; as they arrived, one
    // may look shorter by the time a connection took, but not all of them together.
    assertThat((times.get(3) - times.get(0)) / 1_000_000).isGreaterThanOrEqualTo(850);
  }

  private static void redirect(Context exchange, String to) throws IOException {
    exchange.header("Location", to);
    exchange.res().setStatus(302);
  }

  /** Sends a page a little at a time, for ever (until the client goes). */
  private static void endless(Context exchange) throws IOException {
    OutputStream out = TestingSite.chunked(exchange, "text/html");
    out.write("<!DOCTYPE html><html><body><p>".getBytes(UTF_8));
    try {
      while (true) {
        out.write("Talks went on and on. ".getBytes(UTF_8));
        out.flush();
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
