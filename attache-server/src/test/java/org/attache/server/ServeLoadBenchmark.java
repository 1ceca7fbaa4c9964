package org.attache.server;

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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.ingest.IngestSummary;
import org.attache.ingest.Ingestion;
import org.attache.ingest.ProgressListener;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.read.SourceDocument;
import org.attache.store.Database;
import org.attache.store.embedded.EmbeddedServer;
import org.junit.jupiter.api.Test;

/**
 * The load benchmark of {@code attache serve} (not a timed test: it runs only when asked, see
 * {@code attache-server/bench.sh}). Ingests generated documents through the real pipeline, then
 * measures the latency of the pair dashboard and the network of a year under concurrent clients on
 * this machine; then adds 50 joint plans of 40 items and measures a plan's page, the progress API
 * and the calendar feed of every item; and writes the figures to target/bench/serve-load.txt.
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

  private static final String[][] STATES = {
    {"Kazakhstan", "Astana"}, {"Uzbekistan", "Tashkent"}, {"Mongolia", "Ulaanbaatar"},
    {"Japan", "Tokyo"}, {"Malaysia", "Kuala Lumpur"}, {"Indonesia", "Jakarta"},
    {"China", "Beijing"}, {"India", "New Delhi"}, {"Kyrgyzstan", "Bishkek"},
    {"Tajikistan", "Dushanbe"}, {"Vietnam", "Hanoi"}, {"Thailand", "Bangkok"},
    {"Pakistan", "Islamabad"}, {"Turkey", "Ankara"}, {"Azerbaijan", "Baku"}
  };
  private static final String[] FIRST = {
    "Aigerim", "Ruslan", "Lina", "Kenji", "Budi", "Hakim", "Sardor", "Bat-Erdene", "Nurlan",
    "Dilnoza", "Arjun", "Mei", "Farid", "Anh", "Somchai", "Zarina", "Timur", "Aziz"
  };
  private static final String[] LAST = {
    "Bekova", "Abdurakhmanov", "Hartono", "Morita", "Santoso", "Rahman", "Yusupov", "Tsend",
    "Sadykov", "Karimova", "Mehta", "Lin", "Hasanov", "Nguyen", "Chaiyaporn", "Tokayeva"
  };
  private static final String[] AREAS = {
    "energy",
    "transport",
    "tourism",
    "trade",
    "education",
    "security",
    "the digital economy",
    "agriculture",
    "health care",
    "culture"
  };
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  @Test
  void pairDashboardAndNetworkOfAYearUnderLoad() throws Exception {
    assumeTrue(DOCUMENTS > 0, "run with -Dattache.bench.documents=N (bench.sh)");
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
              .run(documents(DOCUMENTS));
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
                "documents: %d stored, %d already stored, %d failed, ingested in %.0f s;"
                    + " %d events in the store",
                summary.stored(),
                summary.unchanged(),
                summary.failed(),
                ingestSeconds,
                events));
        report.add(measure("pair dashboard SCO–ASEAN", pair));
        report.add(measure("network of 2024", network));
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
        assertThat(summary.stored() + summary.unchanged()).isEqualTo(DOCUMENTS);
      }
    }
  }

  private static String actor(Database database, String code) {
    long id =
        TestingStore.count(
            database, "SELECT id FROM organisation_view WHERE code = ? ORDER BY id LIMIT 1", code);
    return "organisation:" + id;
  }

  /** Warms up, then sends {@link #REQUESTS} requests from {@link #CLIENTS} clients at once. */
  private static String measure(String name, String url) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
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

  /**
   * Documents written from the team's example templates with varied people, states, places, areas
   * and dates (a fixed seed, so every run reads the same).
   */
  private static Iterator<ReadResult> documents(int count) {
    Random random = new Random(20240601L);
    return new Iterator<>() {
      private int made;

      @Override
      public boolean hasNext() {
        return made < count;
      }

      @Override
      public ReadResult next() {
        made++;
        LocalDate date = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3650));
        String[] a = STATES[random.nextInt(STATES.length)];
        String[] b = STATES[random.nextInt(STATES.length)];
        while (b == a) {
          b = STATES[random.nextInt(STATES.length)];
        }
        String n1 = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        String n2 = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        String area1 = AREAS[random.nextInt(AREAS.length)];
        String area2 = AREAS[random.nextInt(AREAS.length)];
        String title;
        String body;
        switch (made % 4) {
          case 0 -> {
            title = "SCO Secretary-General meets ASEAN Secretary-General in " + a[1];
            body =
                "On "
                    + date.format(LONG)
                    + ", SCO Secretary-General "
                    + n1
                    + " held talks with ASEAN Secretary-General "
                    + n2
                    + " in "
                    + a[1]
                    + ".\n\nThe parties discussed cooperation in "
                    + area1
                    + " and "
                    + area2
                    + ".";
          }
          case 1 -> {
            title = "Foreign Minister of " + a[0] + " receives Ambassador of " + b[0];
            body =
                "On "
                    + date.format(LONG)
                    + ", Minister of Foreign Affairs of "
                    + a[0]
                    + " "
                    + n1
                    + " received Ambassador of "
                    + b[0]
                    + " to "
                    + a[0]
                    + " "
                    + n2
                    + " in "
                    + a[1]
                    + ".\n\nThe sides discussed cooperation in "
                    + area1
                    + ".";
          }
          case 2 -> {
            title = "Prime Minister of " + a[0] + " and President of " + b[0] + " speak by phone";
            body =
                "Prime Minister of "
                    + a[0]
                    + " "
                    + n1
                    + " and President of "
                    + b[0]
                    + " "
                    + n2
                    + " held a telephone conversation on "
                    + date.format(LONG)
                    + ".\n\nThe leaders discussed cooperation in "
                    + area1
                    + " and "
                    + area2
                    + ".";
          }
          default -> {
            title = "Foreign Ministers of " + a[0] + " and " + b[0] + " meet in " + b[1];
            body =
                "Minister of Foreign Affairs of "
                    + a[0]
                    + " "
                    + n1
                    + " met with Minister of"
                    + " Foreign Affairs of "
                    + b[0]
                    + " "
                    + n2
                    + " in "
                    + b[1]
                    + " on "
                    + date.format(LONG)
                    + ".\n\nThe ministers agreed to expand cooperation in "
                    + area1
                    + ".";
          }
        }
        return new ReadResult.Read(
            new SourceDocument(
                "bench:" + made, Optional.of(title), Optional.of(date.plusDays(1)), body));
      }
    };
  }
}
