package org.attache.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.cli.TestingCli.attache;
import static org.attache.cli.TestingCli.attacheOn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.cli.TestingCli.Run;
import org.attache.model.Meeting;
import org.attache.store.export.ExportedEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * While {@code attache serve} runs on a data folder, in a process of its own, the other commands
 * work on the same store through its server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WhileServingTest {
  private static final Pattern SERVING =
      Pattern.compile("attache: serve: http://127\\.0\\.0\\.1:(\\d+)/.*");
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir static Path folder;
  private static Path data;
  private static Path later;
  private static Process serve;
  private static int port;
  private static final List<String> SAID = new ArrayList<>();

  @BeforeAll
  static void serve() throws IOException {
    data = folder.resolve("pg");
    Path documents = Files.createDirectories(folder.resolve("documents"));
    Files.writeString(documents.resolve("a.txt"), TestingCli.MEETING, UTF_8);
    later = Files.createDirectories(folder.resolve("later"));
    Files.writeString(
        later.resolve("c.txt"),
        """
        TITLE: Foreign Ministers of Kazakhstan and Uzbekistan meet in Tashkent
        DATE: 2023-04-02
        ---
        Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with Minister of Foreign \
        Affairs of Uzbekistan Bakhtiyor Saidov in Tashkent on 1 April 2023.
        """,
        UTF_8);
    Run ingest = attache("ingest", "--data", data.toString(), documents.toString());
    assertThat(ingest.status()).as(ingest.err()).isZero();

    serve =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--data",
                data.toString(),
                "--port",
                "0")
            .redirectErrorStream(true)
            .start();
    BufferedReader said = new BufferedReader(new InputStreamReader(serve.getInputStream(), UTF_8));
    String line;
    while ((line = said.readLine()) != null) {
      SAID.add(line);
      Matcher serving = SERVING.matcher(line);
      if (serving.matches()) {
        port = Integer.parseInt(serving.group(1));
        break;
      }
    }
    assertThat(port).as(String.join("\n", SAID)).isPositive();
    Thread drain =
        new Thread(
            () -> {
              try {
                for (String rest = said.readLine(); rest != null; rest = said.readLine()) {
                  synchronized (SAID) {
                    SAID.add(rest);
                  }
                }
              } catch (IOException e) {
                // the process ended
              }
            });
    drain.setDaemon(true);
    drain.start();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (serve != null && serve.isAlive()) {
      serve.destroyForcibly();
      serve.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static HttpResponse<byte[]> request(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpRequest.Builder to(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  @Test
  @Order(1)
  void exportsWhatTheRunningServerExportsForTheSameFilter() throws Exception {
    Run export =
        attache(
            "export",
            "--format",
            "jsonl",
            "--type",
            "meeting",
            "--from",
            "2023",
            "--data",
            data.toString());
    assertThat(export.status()).as(export.err()).isZero();
    assertThat(export.err()).isEqualTo("attache: export: 1 events selected, 1 events written\n");
    HttpResponse<byte[]> served =
        request(to("/api/export?format=jsonl&type=meeting&from=2023").GET());
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.body()).isEqualTo(export.out().getBytes(UTF_8));
  }

  @Test
  @Order(2)
  void addsAUserWhoSignsInOnTheRunningServer() throws Exception {
    String password = TestingCli.passwordFile(folder, "a long password");
    Run add =
        attacheOn(data, "user", "add", "ana", "--role", "editor", "--password-file", password);
    assertThat(add.status()).as(add.err()).isZero();
    assertThat(add.out()).isEqualTo("added ana (editor)\n");
    HttpResponse<byte[]> signIn =
        request(
            to("/api/session")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"ana\", \"password\": \"a long password\"}")));
    String session = new String(signIn.body(), UTF_8);
    assertThat(signIn.statusCode()).as(session).isEqualTo(200);
    assertThat(session).matches("\\{\"name\":\"ana\",\"role\":\"editor\",\"csrf\":\"[^\"]+\"}");
  }

  @Test
  @Order(3)
  void ingestsDocumentsThatTheRunningServerThenShows() throws Exception {
    Run ingest = attache("ingest", "--data", data.toString(), later.toString());
    assertThat(ingest.status()).as(ingest.err()).isZero();
    assertThat(ingest.err())
        .contains(
            "attache: ingest: done, 1 documents: 1 stored, 0 re-extracted,"
                + " 0 already stored, 0 failed;");
    String documents = new String(request(to("/api/documents?limit=10").GET()).body(), UTF_8);
    assertThat(documents)
        .startsWith("{\"total\":2,")
        .contains("\"title\":\"Foreign Minister of Kazakhstan meets Ambassador of Japan\"")
        .contains("\"title\":\"Foreign Ministers of Kazakhstan and Uzbekistan meet in Tashkent\"");
  }

  @Test
  @Order(4)
  void twoIngestsAtOnceStoreEachDocumentOnceAndMergeWhatTheyReport() throws Exception {
    Path twice = Files.createDirectories(folder.resolve("twice"));
    Files.writeString(
        twice.resolve("b.txt"),
        """
        TITLE: Japan and Kazakhstan discuss cooperation
        DATE: 2023-03-15
        ---
        On 13 March 2023, Ambassador of Japan Yasushi Kaneko was received by Minister of Foreign \
        Affairs of Kazakhstan Murat Nurtleu in Astana.
        """,
        UTF_8);
    Files.writeString(
        twice.resolve("d.txt"),
        """
        TITLE: Kazakhstan and Japan hold consultations
        DATE: 2023-06-06
        ---
        Minister of Foreign Affairs of Kazakhstan Murat Nurtleu received Ambassador of Japan \
        to Kazakhstan Yasushi Kaneko in Astana on 5 June 2023.
        """,
        UTF_8);
    ExecutorService two = Executors.newFixedThreadPool(2);
    List<Future<Run>> runs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      runs.add(two.submit(() -> attache("ingest", "--data", data.toString(), twice.toString())));
    }
    int stored = 0;
    for (Future<Run> run : runs) {
      Run ingest = run.get(10, TimeUnit.MINUTES);
      assertThat(ingest.status()).as(ingest.err()).isZero();
      Matcher counts = Pattern.compile("done, 2 documents: (\\d+) stored,").matcher(ingest.err());
      assertThat(counts.find()).as(ingest.err()).isTrue();
      stored += Integer.parseInt(counts.group(1));
    }
    two.shutdown();
    assertThat(stored).isEqualTo(2);
    assertThat(new String(request(to("/api/documents?limit=1").GET()).body(), UTF_8))
        .startsWith("{\"total\":4,");

    Run export =
        attache("export", "--format", "jsonl", "--type", "meeting", "--data", data.toString());
    assertThat(export.status()).as(export.err()).isZero();
    Map<String, List<String>> sources = new TreeMap<>();
    for (String line : export.out().lines().toList()) {
      ExportedEvent event = ExportedEvent.fromJson(line);
      sources.put(
          ((Meeting) event.event()).date().orElse("undated"),
          event.sources().stream()
              .map(s -> Path.of(s.source()).getFileName().toString())
              .sorted()
              .toList());
    }
    assertThat(sources)
        .containsExactly(
            Map.entry("2023-03-14", List.of("a.txt", "b.txt")),
            Map.entry("2023-04-01", List.of("c.txt")),
            Map.entry("2023-06-05", List.of("d.txt")));
  }

  @Test
  @Order(5)
  void anExportWhileServingHasTheBytesOfAnExportAfterTheServerStops() throws Exception {
    Run whileServing = attache("export", "--format", "jsonl", "--data", data.toString());
    assertThat(whileServing.status()).as(whileServing.err()).isZero();
    assertThat(whileServing.err())
        .isEqualTo("attache: export: 3 events selected, 3 events written\n");

    serve.destroy(); // as Ctrl-C does
    assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.exists(data.resolve("postmaster.pid"))).isFalse();

    Run after = attache("export", "--format", "jsonl", "--data", data.toString());
    assertThat(after.status()).as(after.err()).isZero();
    assertThat(after.out().getBytes(UTF_8)).isEqualTo(whileServing.out().getBytes(UTF_8));
  }
}
