package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.store.Database;
import org.attache.store.TestingStore;
import org.junit.jupiter.api.Test;

/**
 * The server answers what was asked: bad input is a 400 in our words, a wrong method a 405, what is
 * not there a 404, every error of the API is {@code {"code", "message"}}, and a failure of the
 * server itself gives only the id under which it is logged.
 */
class ErrorsTest {
  private static final TestingServer SERVER = TestingServer.get();
  private static final Pattern LOGGED = Pattern.compile("the error is logged as ([0-9a-f]{12})$");

  private static void assertError(Http.Answer answer, int status, String code, String message) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).contains("application/json;charset=utf-8");
    assertThat(answer.json().get("code").asText()).isEqualTo(code);
    assertThat(answer.json().get("message").asText()).isEqualTo(message);
    assertThat(answer.json().size()).isEqualTo(2);
  }

  @Test
  void aNulCharacterInASearchIsABadRequestInOurWords() {
    assertError(
        Http.get("/api/documents/search?q=Jakarta%00"),
        400,
        "bad_request",
        "'q' holds a NUL character (at 7), which no text may hold");
    assertError(
        Http.get("/api/actors?q=%00Hartono"),
        400,
        "bad_request",
        "'q' holds a NUL character (at 0), which no text may hold");
    assertError(
        Http.get("/api/events?area=energy%00"),
        400,
        "bad_request",
        "'area' holds a NUL character (at 6), which no text may hold");
    assertError(
        Http.post("/api/session", "{\"name\": \"ana\\u0000\", \"password\": \"whatever it is\"}"),
        400,
        "bad_request",
        "'name' holds a NUL character (at 3), which no text may hold");
    Http.Answer page = Http.get("/?q=Jakarta%00");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.header("Content-Type")).contains("text/html");
    assertThat(page.body())
        .contains(
            "<p class=\"error\">&#39;q&#39; holds a NUL character (at 7), which no text may hold");
  }

  @Test
  void aDateTheCalendarDoesNotHaveIsABadRequestInOurWords() {
    assertError(
        Http.get("/api/events?from=2021-02-30"),
        400,
        "bad_request",
        "'from' is not a date of the calendar: '2021-02-30'");
    assertError(
        Http.get("/api/network?year=2021-13"),
        400,
        "bad_request",
        "'year' is not a date of the calendar: '2021-13'");
    assertError(
        Http.get("/api/events?to=0000"), 400, "bad_request", "'to' is before the year 1: '0000'");
    assertThat(Http.get("/network?from=2023-02-29").status()).isEqualTo(400);
    // A day that the calendar has is still answered.
    assertThat(Http.get("/api/events?from=2024-02-29").status()).isEqualTo(200);
  }

  @Test
  void aWrongMethodIsA405ThatSaysWhichMethodsThePathTakes() {
    Http.Answer put =
        Http.send(
            HttpRequest.newBuilder(SERVER.uri("/api/documents"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));
    assertError(
        put,
        405,
        "method_not_allowed",
        "PUT is not a method of /api/documents; it takes GET, POST");
    assertThat(put.header("Allow")).contains("GET, POST");
    Http.Answer delete = Http.send(HttpRequest.newBuilder(SERVER.uri("/api/review/1")).DELETE());
    assertError(
        delete, 405, "method_not_allowed", "DELETE is not a method of /api/review/1; it takes GET");
  }

  @Test
  void anUnknownReviewFieldIsNotFound() {
    assertError(Http.get("/api/review/987654321"), 404, "not_found", "No field 987654321");
    Http.Session session = Http.signIn(TestingServer.EDITOR);
    long audit = TestingStore.count(SERVER.database, "SELECT count(*) FROM review_log");
    assertError(
        Http.post(
            "/api/review/987654321/confirm",
            "{}",
            "Cookie",
            session.cookie(),
            "X-CSRF-Token",
            session.csrf()),
        404,
        "not_found",
        "No field 987654321");
    assertThat(TestingStore.count(SERVER.database, "SELECT count(*) FROM review_log"))
        .isEqualTo(audit);
    assertError(
        Http.get("/api/review/twelve"), 400, "bad_request", "A field id is a number: 'twelve'");
  }

  @Test
  void aStoreThatFailsGivesA503WithTheLogIdAndNotTheDatabasesWords() {
    TestingDataSource source = new TestingDataSource(SERVER.jdbcUrl);
    Database database = Database.open(source, "the test's store");
    try (TestingLog log = new TestingLog(AttacheServer.class);
        AttacheServer server = TestingServer.another(database, () -> SERVER.extractor)) {
      source.goDown();
      Http.Answer answer =
          Http.send(
              HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + server.port() + "/api/documents")));
      assertThat(answer.status()).isEqualTo(503);
      assertThat(answer.json().get("code").asText()).isEqualTo("store");
      String message = answer.json().get("message").asText();
      Matcher id = LOGGED.matcher(message);
      assertThat(id.find()).as(message).isTrue();
      assertThat(message).isEqualTo("The store failed; the error is logged as " + id.group(1));
      List<LogRecord> logged =
          log.records().stream()
              .filter(r -> r.getMessage().equals("error " + id.group(1) + ": GET /api/documents"))
              .toList();
      assertThat(logged).hasSize(1);
      assertThat(logged.get(0).getThrown()).hasStackTraceContaining(TestingDataSource.REFUSAL);
      Http.Answer page =
          Http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/")));
      assertThat(page.status()).isEqualTo(503);
      assertThat(page.body())
          .contains("The store failed; the error is logged as ")
          .doesNotContain("FATAL")
          .doesNotContain("shutting down")
          .doesNotContain("StoreException");
    }
  }

  @Test
  void aFaultOfTheServerIsA500WithTheLogIdAndNoExceptionText() {
    try (TestingLog log = new TestingLog(AttacheServer.class);
        AttacheServer server =
            AttacheServer.start(
                SERVER.database,
                () -> SERVER.extractor,
                ServerSettings.of("127.0.0.1", 0),
                List.of(TestingFaults::register))) {
      for (String path : List.of("/api/testing/argument", "/api/testing/internal")) {
        Http.Answer answer =
            Http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)));
        // An argument check that fails in a handler is the server's bug, not the user's input.
        assertThat(answer.status()).as(path).isEqualTo(500);
        assertThat(answer.json().get("code").asText()).isEqualTo("internal");
        String message = answer.json().get("message").asText();
        Matcher id = LOGGED.matcher(message);
        assertThat(id.find()).as(message).isTrue();
        assertThat(message).isEqualTo("The server failed; the error is logged as " + id.group(1));
        assertThat(answer.body())
            .doesNotContain("secret")
            .doesNotContain("Exception")
            .doesNotContain("at org.attache");
        List<LogRecord> logged =
            log.records().stream()
                .filter(r -> r.getMessage().equals("error " + id.group(1) + ": GET " + path))
                .toList();
        assertThat(logged).hasSize(1);
        assertThat(logged.get(0).getThrown()).hasMessage(TestingFaults.SECRET);
      }
      Http.Answer page =
          Http.send(
              HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + server.port() + "/testing/argument")));
      assertThat(page.status()).isEqualTo(500);
      assertThat(page.header("Content-Type")).contains("text/html");
      assertThat(page.body())
          .contains("The server failed; the error is logged as ")
          .doesNotContain("secret")
          .doesNotContain("IllegalArgumentException");
    }
  }

  @Test
  void aJobThatFailsGivesTheLogIdAndNotTheFailure() {
    try (TestingLog log = new TestingLog(org.attache.server.submit.SubmissionQueue.class);
        AttacheServer server =
            TestingServer.another(
                SERVER.database,
                () -> {
                  throw new IllegalStateException(
                      "Cannot read the models at /opt/secret/ner.ser.gz");
                })) {
      URI base = URI.create("http://127.0.0.1:" + server.port());
      Http.Session session = Http.signIn(base.resolve("/api/session"), TestingServer.EDITOR);
      Http.Answer submitted =
          Http.post(
              base.resolve("/api/documents"),
              "{\"text\": \"On 2 May 2020 the ministers of Chile and Peru met in Lima.\"}",
              "Cookie",
              session.cookie(),
              "X-CSRF-Token",
              session.csrf());
      assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
      JsonNode job = Jobs.awaitFinished(base, submitted.json().get("id").asText(), session);
      assertThat(job.get("status").asText()).isEqualTo("failed");
      String error = job.get("error").asText();
      Matcher id = LOGGED.matcher(error);
      assertThat(id.find()).as(error).isTrue();
      assertThat(error)
          .isEqualTo(
              "The document could not be extracted and stored; the error is logged as "
                  + id.group(1));
      assertThat(log.records())
          .anySatisfy(
              r -> {
                assertThat(r.getMessage()).startsWith("error " + id.group(1) + ": submission job");
                assertThat(r.getThrown()).hasMessageContaining("/opt/secret/ner.ser.gz");
              });
    }
  }

  @Test
  void whatJettyRefusesBeforeAnyRouteIsCodeAndMessageToo() {
    int port = SERVER.server.port();
    Http.RawAnswer badAddress =
        Http.raw(port, "GET /api/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertThat(badAddress.status()).isEqualTo(400);
    assertThat(badAddress.body())
        .isEqualTo(
            "{\"code\":\"bad_request\",\"message\":\"The request is not well-formed HTTP\"}");
    Http.RawAnswer bigHeaders =
        Http.raw(
            port,
            "GET /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: "
                + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
    assertThat(bigHeaders.status()).isEqualTo(431);
    assertThat(bigHeaders.body())
        .isEqualTo(
            "{\"code\":\"headers_too_large\",\"message\":\"The request's headers are too large\"}");
  }

  @Test
  void aBodyThatCannotBeReadIsABadRequestInOurWords() {
    Http.Session session = Http.signIn(TestingServer.EDITOR);
    // On a socket of its own: Jetty closes the connection after a body it could not parse.
    String body = "this is not multipart";
    Http.RawAnswer multipart =
        Http.raw(
            SERVER.server.port(),
            "POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: "
                + session.cookie()
                + "\r\nX-CSRF-Token: "
                + session.csrf()
                + "\r\nContent-Type: multipart/form-data; boundary=zzz\r\nContent-Length: "
                + body.length()
                + "\r\nConnection: close\r\n\r\n"
                + body);
    assertThat(multipart.status()).isEqualTo(400);
    assertThat(multipart.body())
        .isEqualTo(
            "{\"code\":\"bad_request\",\"message\":\"The request's body cannot be read as"
                + " multipart/form-data\"}");
    assertError(
        Http.post("/api/session", "{\"name\": 1"),
        400,
        "bad_request",
        "The request body is not valid JSON (line 1, column 11)");
  }

  @Test
  void everyErrorOfTheApiIsCodeAndMessage() {
    assertError(Http.get("/api/nowhere"), 404, "not_found", "Nothing at /api/nowhere");
    assertError(Http.get("/api/session"), 401, "unauthenticated", "Not signed in");
    assertError(
        Http.post("/api/session", "[1, 2]"),
        400,
        "bad_request",
        "The request body must be a JSON object");
    assertError(
        Http.get("/api/jobs/AAAAAAAAAAAAAAAAAAAAAA"),
        401,
        "unauthenticated",
        "Sign in to follow a submission");
  }
}
