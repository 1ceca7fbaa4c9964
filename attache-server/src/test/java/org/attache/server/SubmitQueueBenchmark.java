package org.attache.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.pipeline.Extractor;
import org.attache.server.auth.Role;
import org.attache.server.auth.Users;
import org.attache.store.Database;
import org.attache.store.embedded.EmbeddedServer;
import org.junit.jupiter.api.Test;

/**
 * The benchmark of the submission queue (not a timed test: it runs only when asked, see {@code
 * attache-server/bench-submit.sh}). On a fresh store with the standard extractor, submits a large
 * document and, right after it, a communiqué of 90 characters, and measures how long each took from
 * submission to stored; writes the figures to target/bench/submit-queue.txt.
 */
class SubmitQueueBenchmark {
  private static final int LARGE = Integer.getInteger("attache.bench.submit.bytes", 0);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void aSmallSubmissionBesideALargeOne() throws Exception {
    assumeTrue(LARGE > 0, "run with -Dattache.bench.submit.bytes=N (bench-submit.sh)");
    Path target = Files.createDirectories(Path.of("target", "bench"));
    Path data = Files.createTempDirectory(target, "pg-").resolve("pg");
    try (EmbeddedServer postgres = EmbeddedServer.start(data, false)) {
      Database database = postgres.database("bench");
      new Users(database).add(TestingServer.EDITOR, Role.EDITOR, TestingServer.PASSWORD);
      Extractor extractor = Extractor.standard();
      try (AttacheServer server = AttacheServer.start(database, () -> extractor, "127.0.0.1", 0)) {
        URI base = URI.create("http://127.0.0.1:" + server.port());
        Http.Session session = Http.signIn(base.resolve("/api/session"), TestingServer.EDITOR);
        // A first document loads the models, so that neither measured job waits for them.
        Jobs.awaitFinished(
            base,
            submit(base, session, "On 1 May 1999 the ministers of Chile and Peru met in Lima."),
            session);
        // The news runs a line past the size asked for: ask for a little less.
        String large = TestingDocuments.localNews("benchmark " + System.nanoTime(), LARGE - 400);
        String small =
            "On 4 April 1997, Foreign Minister of Chile Tomas Larrain met Ambassador Ana Mamani.";
        Instant start = Instant.now();
        String largeJob = submit(base, session, large);
        String smallJob = submit(base, session, small);
        JsonNode smallDone = Jobs.awaitFinished(base, smallJob, session);
        JsonNode largeDone = Jobs.awaitFinished(base, largeJob, session, Duration.ofMinutes(30));
        assertThat(smallDone.get("status").asText()).isEqualTo("done");
        assertThat(largeDone.get("status").asText()).isEqualTo("done");
        double smallSeconds = seconds(start, smallDone);
        double largeSeconds = seconds(start, largeDone);
        List<String> report = new ArrayList<>();
        report.add(
            String.format(
                Locale.ROOT,
                "a %,d-byte document (%,d words of local news) and a %d-character communiqué"
                    + " submitted right after it, 2 workers, %d cores:",
                large.getBytes(UTF_8).length,
                large.split("\\s+").length,
                small.length(),
                Runtime.getRuntime().availableProcessors()));
        report.add(String.format(Locale.ROOT, "small stored after %.1f s", smallSeconds));
        report.add(String.format(Locale.ROOT, "large stored after %.1f s", largeSeconds));
        Files.write(target.resolve("submit-queue.txt"), report, UTF_8);
      }
    }
  }

  private static double seconds(Instant start, JsonNode job) {
    return Duration.between(start, Instant.parse(job.get("finished_at").asText())).toMillis()
        / 1000.0;
  }

  private static String submit(URI base, Http.Session session, String text) {
    Http.Answer answer =
        Http.post(
            base.resolve("/api/documents"),
            MAPPER.createObjectNode().put("text", text).toString(),
            "Cookie",
            session.cookie(),
            "X-CSRF-Token",
            session.csrf());
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    return answer.json().get("id").asText();
  }
}
