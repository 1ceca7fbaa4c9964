package org.attache.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.bench.corpus.BenchCorpus;
import org.attache.ingest.IngestSummary;
import org.attache.ingest.Ingestion;
import org.attache.ingest.ProgressListener;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.ReadResult;
import org.attache.server.AttacheServer;
import org.attache.store.Database;
import org.attache.store.TestingStore;
import org.attache.store.embedded.EmbeddedServer;
import org.attache.store.users.UserRole;
import org.attache.store.users.Users;
import org.attache.store.watch.WatchKind;
import org.attache.store.watch.Watchlists;
import org.junit.jupiter.api.Test;

/**
 * The load benchmark of {@code attache serve} (not a timed test: it runs only when asked, see
 * {@code attache-bench/serve-load.sh}). Ingests the documents of {@link BenchCorpus} through the
 * real pipeline, then measures the latency of the pair dashboard, the network of a year, the search
 * page, the start page, the events page and the review queue under concurrent clients on this
 * machine; then adds 50 joint plans of 40 items and measures a plan's page, the progress API and
 * the calendar feed of every item; and writes the figures to target/bench/serve-load.txt.
 */
class ServeLoadBenchmark {
  private static final int DOCUMENTS = Integer.getInteger("attache.bench.documents", 0);
  private static final int CLIENTS = Integer.getInteger("attache.bench.clients", 8);
  private static final int REQUESTS = Integer.getInteger("attache.bench.requests", 400);

  /**
   * A data folder to keep the ingested store in between runs (empty: a fresh one under target).
   * Documents already stored are not extracted again, so a second run measures the queries only.
   */
  private static final String STORE = System.getProperty("attache.bench.store", "");

  @Test
  void pagesUnderLoad() throws Exception {
    assumeTrue(DOCUMENTS > 0, "run with -Dattache.bench.documents=N (serve-load.sh)");
    Path target = Files.createDirectories(Path.of("target", "bench"));
    Path data =
        STORE.isEmpty()
            ? Files.createTempDirectory(target, "pg-").resolve("pg")
            : Path.of(STORE).toAbsolutePath();
    try (EmbeddedServer postgres = EmbeddedServer.start(data, false)) {
      Database database = postgres.database("bench");
      Extractor extractor = Extractor.standard();
      long start = System.nanoTime();
      IngestSummary summary =
          new Ingestion(database, extractor, Extractor.VERSION, 2, ProgressListener.silent())
              .run(
                  BenchCorpus.documents(DOCUMENTS).stream()
                      .<ReadResult>map(ReadResult.Read::new)
                      .iterator());
      double ingestSeconds = (System.nanoTime() - start) / 1e9;
      long events = TestingStore.count(database, "SELECT count(*) FROM event_view");
      try (AttacheServer server = AttacheServer.start(database, () -> extractor, "127.0.0.1", 0)) {
        String base = "http://127.0.0.1:" + server.port();
        String sco = actor(database, "SCO");
        String asean = actor(database, "ASEAN");
        String pair = base + "/api/pairs?a=" + sco + "&b=" + asean;
        String network = base + "/api/network?year=2024";
        List<String> report = new ArrayList<>();
        report.add(
            String.format(
                Locale.ROOT,
                "documents: %d stored, %d extracted again (a newer extractor), %d already"
                    + " stored, %d failed, ingested in %.0f s; %d events in the store",
                summary.stored(),
                summary.reextracted(),
                summary.unchanged(),
                summary.failed(),
                ingestSeconds,
                events));
        report.add(measure("pair dashboard SCO–ASEAN", pair));
        report.add(measure("network of 2024", network));
        report.add(
            String.format(
                Locale.ROOT,
                "search: %d documents hold 'energy', %d hold 'Tashkent' and 'transport'",
                TestingStore.count(
                    database,
                    "SELECT count(*) FROM document WHERE search @@ to_tsquery('simple', 'energy')"),
                TestingStore.count(
                    database,
                    "SELECT count(*) FROM document"
                        + " WHERE search @@ to_tsquery('simple', 'tashkent & transport')")));
        report.add(measure("search page 'energy' (page)", base + "/?q=energy"));
        report.add(
            measure("search page 'Tashkent transport' (page)", base + "/?q=Tashkent+transport"));
        report.add(measure("start page (page)", base + "/"));
        report.add(measure("events page, latest 20 (page)", base + "/events"));
        report.add(
            measure(
                "events page, meetings of SCO (page)", base + "/events?type=meeting&actor=" + sco));
        report.add(
            String.format(
                Locale.ROOT,
                "review queue: %d fields in %d documents wait",
                TestingStore.count(
                    database, "SELECT coalesce(sum(fields), 0) FROM review_document"),
                TestingStore.count(database, "SELECT count(*) FROM review_document")));
        report.add(measure("review queue, first 10 documents (page)", base + "/review"));
        report.add(measure("review queue, page 50 (page)", base + "/review?offset=490&limit=10"));
        report.add(
            measure(
                "review queue, posts of SCO in 2020 (page)",
                base + "/review?record=post&actor=" + sco + "&from=2020&to=2020"));
        report.add(measure("actor page SCO (page)", base + "/actors/" + sco.replace(':', '/')));
        // A user who follows the pair, SCO and a search, and whose last visit was before any
        // document was stored: everything arrived for them, up to 500 items a watch.
        String cookie = follower(database, base, sco, asean);
        report.add(
            String.format(
                Locale.ROOT,
                "what's new: %d items for the pair, SCO and 'energy'",
                new Watchlists(database).whatsNew(FOLLOWER).arrivals()));
        report.add(measure("what's new page (page)", base + "/whats-new", "Cookie", cookie));
        long plan = CoordinationLoad.addPlans(database, 50, 40);
        report.add(measure("joint plan page (40 items)", base + "/coordination/plans/" + plan));
        report.add(measure("progress of 50 joint plans", base + "/api/coordination/progress"));
        report.add(
            measure("calendar feed of 2,000 items", base + "/api/coordination/calendar.ics"));
        report.add(
            String.format(
                Locale.ROOT, "clients: %d, requests per endpoint: %d", CLIENTS, REQUESTS));
        Files.write(target.resolve("serve-load.txt"), report, UTF_8);
        report.forEach(System.out::println);
        assertThat(summary.stored() + summary.reextracted() + summary.unchanged())
            .isEqualTo(DOCUMENTS);
      }
    }
  }

  private static final String FOLLOWER = "bench-follower";
  private static final String PASSWORD = "bench follower password";

  /**
   * Signs in a user who follows the pair, the first actor and a search, with a last visit before
   * the store was filled; its session cookie.
   */
  private static String follower(Database database, String base, String a, String b)
      throws Exception {
    if (TestingStore.count(database, "SELECT count(*) FROM app_user WHERE name = ?", FOLLOWER)
        == 0) {
      new Users(database).add(FOLLOWER, UserRole.VIEWER, PASSWORD);
    }
    Watchlists watchlists = new Watchlists(database);
    watchlists.follow(FOLLOWER, WatchKind.PAIR, a + " " + b);
    watchlists.follow(FOLLOWER, WatchKind.ACTOR, a);
    watchlists.follow(FOLLOWER, WatchKind.SEARCH, "energy");
    TestingStore.execute(
        database,
        "UPDATE watcher SET last_visit_at = '2000-01-01T00:00:00Z' WHERE user_name = '"
            + FOLLOWER
            + "'");
    HttpResponse<String> signIn =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/session"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"name\": \"" + FOLLOWER + "\", \"password\": \"" + PASSWORD + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (signIn.statusCode() != 200) {
      throw new IllegalStateException("Cannot sign in: " + signIn.body());
    }
    return signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
  }

  private static String actor(Database database, String code) {
    long id =
        TestingStore.count(
            database, "SELECT id FROM organisation_view WHERE code = ? ORDER BY id LIMIT 1", code);
    return "organisation:" + id;
  }

  /** Warms up, then sends {@link #REQUESTS} requests from {@link #CLIENTS} clients at once. */
  private static String measure(String name, String url, String... headers) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    HttpRequest request = builder.build();
    for (int i = 0; i < 20; i++) {
      send(client, request);
    }
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<List<Long>>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < CLIENTS; c++) {
      int share = REQUESTS / CLIENTS + (c < REQUESTS % CLIENTS ? 1 : 0);
      futures.add(
          pool.submit(
              () -> {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < share; i++) {
                  long t = System.nanoTime();
                  send(client, request);
                  times.add(System.nanoTime() - t);
                }
                return times;
              }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> f : futures) {
      all.addAll(f.get());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    all.sort(null);
    return String.format(
        Locale.ROOT,
        "%s: median %.1f ms, p99 %.1f ms, max %.1f ms, %.0f requests/s (%d requests)",
        name,
        all.get(all.size() / 2) / 1e6,
        all.get((int) Math.ceil(all.size() * 0.99) - 1) / 1e6,
        all.get(all.size() - 1) / 1e6,
        all.size() / seconds,
        all.size());
  }

  private static void send(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
    }
  }
}
