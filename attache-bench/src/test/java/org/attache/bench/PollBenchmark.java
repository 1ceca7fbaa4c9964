package org.attache.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attache.bench.corpus.BenchCorpus;
import org.attache.ingest.watch.FetchLimits;
import org.attache.ingest.watch.Poller;
import org.attache.ingest.watch.SourcePoll;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.SourceDocument;
import org.attache.store.Database;
import org.attache.store.TestingStore;
import org.attache.store.embedded.EmbeddedServer;
import org.attache.store.sources.NewSource;
import org.attache.store.sources.SourceKind;
import org.attache.store.sources.Sources;
import org.junit.jupiter.api.Test;

/**
 * The polling benchmark of {@code attache watch} (not a timed test: it runs only when asked, see
 * {@code attache-bench/poll-bench.sh}). A real HTTP server on this machine serves an RSS feed of
 * ITEMS generated communiqués, each on its own HTML page; the real poller polls it with no pause
 * between requests until every item is stored (fetched, read, extracted by the real pipeline,
 * stored and grouped into its story), then once more, when the feed answers 304 Not Modified. It
 * writes items per second, the time of the unchanged poll and the peak heap to
 * target/bench/poll.txt.
 */
class PollBenchmark {
  private static final int ITEMS = Integer.getInteger("attache.bench.poll.items", 0);
  private static final String ETAG = "\"feed-1\"";
  private static final DateTimeFormatter RFC_1123 =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  @Test
  void pollingAFeedOfCommuniques() throws Exception {
    assumeTrue(ITEMS > 0, "run with -Dattache.bench.poll.items=N (poll-bench.sh)");
    List<SourceDocument> documents = BenchCorpus.documents(ITEMS);
    Path target = Files.createDirectories(Path.of("target", "bench"));
    Javalin site =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.get("/*", ctx -> answer(ctx, documents));
                })
            .start("127.0.0.1", 0);
    Path data = Files.createTempDirectory(target, "pg-").resolve("pg");
    try (EmbeddedServer postgres = EmbeddedServer.start(data, false)) {
      Database database = postgres.database("bench");
      String feed = "http://127.0.0.1:" + site.port() + "/feed.xml";
      new Sources(database)
          .add(
              new NewSource(
                  feed, SourceKind.FEED, "Bench", "en", Duration.ofHours(1), Optional.empty()));
      Extractor extractor = Extractor.standard();
      Heap.resetPeaks();
      List<SourcePoll> polls = new ArrayList<>();
      long start = System.nanoTime();
      try (Poller poller =
          new Poller(
              database,
              () -> extractor,
              Extractor.VERSION,
              FetchLimits.standard().withHostDelay(Duration.ZERO))) {
        int stored = 0;
        while (stored < ITEMS) {
          List<SourcePoll> round = poller.pollDue(true, p -> {});
          polls.addAll(round);
          int now = round.stream().mapToInt(SourcePoll::stored).sum();
          assertThat(now).as("a poll that stores nothing before the feed is done").isPositive();
          stored += now;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long unchangedStart = System.nanoTime();
        List<SourcePoll> unchanged = poller.pollDue(true, p -> {});
        double unchangedMillis = (System.nanoTime() - unchangedStart) / 1e6;
        assertThat(unchanged).singleElement().extracting(SourcePoll::notModified).isEqualTo(true);
        long documentsStored = TestingStore.count(database, "SELECT count(*) FROM document");
        assertThat(documentsStored).isEqualTo(ITEMS);
        List<String> report =
            List.of(
                String.format(
                    Locale.ROOT,
                    "polling a feed of %d communiqués on this machine's HTTP server, no pause"
                        + " between requests, one thread: %d polls, %d documents stored in %.1f s,"
                        + " %.1f items/s (fetch, read, extract, store, group into stories)",
                    ITEMS,
                    polls.size(),
                    documentsStored,
                    seconds,
                    ITEMS / seconds),
                String.format(
                    Locale.ROOT,
                    "a poll of the unchanged feed (304 Not Modified): %.1f ms",
                    unchangedMillis),
                String.format(
                    Locale.ROOT,
                    "peak heap while polling: %.0f MB (the CoreNLP models included), max heap %.0f"
                        + " MB",
                    Heap.peakBytes() / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6));
        Files.write(target.resolve("poll.txt"), report, UTF_8);
      }
    } finally {
      site.stop();
    }
  }

  /** The feed (with its validator), a page per item, and no robots.txt (which allows all). */
  private static void answer(Context ctx, List<SourceDocument> documents) {
    String path = ctx.path();
    if (path.equals("/feed.xml")) {
      if (ETAG.equals(ctx.header("If-None-Match"))) {
        ctx.status(304);
        return;
      }
      ctx.header("ETag", ETAG);
      send(ctx, 200, "application/rss+xml; charset=utf-8", feed(documents));
    } else if (path.startsWith("/items/")) {
      int n = Integer.parseInt(path.substring("/items/".length()));
      send(ctx, 200, "text/html; charset=utf-8", page(documents.get(n)));
    } else {
      send(ctx, 404, "text/plain; charset=utf-8", "not here");
    }
  }

  private static void send(Context ctx, int status, String type, String body) {
    ctx.status(status).contentType(type).result(body.getBytes(UTF_8));
  }

  private static String feed(List<SourceDocument> documents) {
    StringBuilder rss =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Bench press releases</title><link>http://127.0.0.1/</link>"
                + "<description>Generated communiqués</description>\n");
    for (int n = 0; n < documents.size(); n++) {
      SourceDocument d = documents.get(n);
      rss.append("<item><title>")
          .append(escape(d.title().orElse("Communiqué " + n)))
          .append("</title><link>/items/")
          .append(n)
          .append("</link><guid isPermaLink=\"false\">bench-")
          .append(n)
          .append("</guid>");
      d.published()
          .ifPresent(
              day ->
                  rss.append("<pubDate>")
                      .append(RFC_1123.format(day.atStartOfDay(ZoneOffset.UTC)))
                      .append("</pubDate>"));
      rss.append("</item>\n");
    }
    return rss.append("</channel></rss>\n").toString();
  }

  private static String page(SourceDocument d) {
    StringBuilder html =
        new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
            .append(escape(d.title().orElse("")))
            .append("</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>")
            .append(escape(d.title().orElse("")))
            .append("</h1>");
    for (String paragraph : d.body().split("\n\\s*\n")) {
      if (!paragraph.isBlank()) {
        html.append("<p>").append(escape(paragraph.strip())).append("</p>");
      }
    }
    return html.append("</article><footer>Bench press office</footer></body></html>").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
