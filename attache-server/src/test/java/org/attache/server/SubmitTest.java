package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.attache.pipeline.read.SourceDocument;
import org.attache.store.users.UserRole;
import org.attache.store.users.Users;
import org.junit.jupiter.api.Test;

/**
 * Submissions join a queue and return at once with a job to follow; a small one does not wait for a
 * large one, a job can be cancelled, and a document over the limit is refused.
 */
class SubmitTest {
  private static final TestingServer SERVER = TestingServer.get();
  private static final URI BASE = SERVER.uri("/");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Larger than the express lane's 64 KiB, and some seconds of annotation. */
  private static final int LARGE = 80_000;

  private static Http.Answer submit(Http.Session session, String title, String text) {
    ObjectNode body = MAPPER.createObjectNode().put("title", title).put("text", text);
    return session.post("/api/documents", body.toString());
  }

  private static Http.Answer cancel(Http.Session session, String job) {
    return Http.send(
        HttpRequest.newBuilder(SERVER.uri("/api/jobs/" + job))
            .DELETE()
            .header("Cookie", session.cookie())
            .header("X-CSRF-Token", session.csrf()));
  }

  private static String submittedId(String title, String text) {
    return new SourceDocument(
            "submitted by " + TestingServer.EDITOR, Optional.of(title), Optional.empty(), text)
        .id();
  }

  @Test
  void aSubmissionAnswersAtOnceWithAJobThatLeadsToTheDocument() {
    Http.Session session = Http.signIn(TestingServer.EDITOR);
    String title = "Foreign Minister of Chile receives Ambassador of Peru";
    String text =
        "On 3 March 1997, Minister of Foreign Affairs of Chile Tomas Larrain received"
            + " Ambassador of Peru to Chile Rosa Quispe in Santiago.";
    Http.Answer answer = submit(session, title, text);
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    String job = answer.json().get("id").asText();
    assertThat(job).matches("[A-Za-z0-9_-]{22}");
    assertThat(answer.header("Location")).contains("/api/jobs/" + job);
    assertThat(answer.json().get("url").asText()).isEqualTo("/api/jobs/" + job);
    assertThat(answer.json().get("status").asText()).isIn("queued", "running");
    assertThat(answer.json().get("size").asLong())
        .isEqualTo((title + "\n\n" + text).getBytes(StandardCharsets.UTF_8).length);
    JsonNode done = Jobs.awaitFinished(BASE, job, session);
    String id = submittedId(title, text);
    assertThat(done.get("status").asText()).isEqualTo("done");
    assertThat(done.get("progress").asDouble()).isEqualTo(1.0);
    assertThat(done.get("document_id").asText()).isEqualTo(id);
    assertThat(done.get("document_url").asText()).isEqualTo("/api/documents/" + id);
    assertThat(done.get("document_page").asText()).isEqualTo("/documents/" + id + "?submitted=new");
    JsonNode document = Http.get("/api/documents/" + id).json();
    assertThat(document.get("title").asText()).isEqualTo(title);
    // The same text again is known: nothing is extracted or stored twice.
    JsonNode again =
        Jobs.awaitFinished(BASE, submit(session, title, text).json().get("id").asText(), session);
    assertThat(again.get("document_page").asText())
        .isEqualTo("/documents/" + id + "?submitted=known");
  }

  @Test
  void aSmallSubmissionRightAfterALargeOneFinishesFirst() {
    Http.Session session = Http.signIn(TestingServer.EDITOR);
    String largeText = TestingDocuments.localNews("large " + System.nanoTime(), LARGE);
    String smallText =
        "On 4 April 1997, Foreign Minister of Chile Tomas Larrain met Ambassador Ana Mamani.";
    assertThat(smallText.length()).isLessThan(100);
    Http.Answer large = submit(session, "Local news, large", largeText);
    Http.Answer small = submit(session, "Chile and Bolivia, small", smallText);
    assertThat(large.status()).as(large.body()).isEqualTo(202);
    assertThat(small.status()).as(small.body()).isEqualTo(202);
    JsonNode smallDone = Jobs.awaitFinished(BASE, small.json().get("id").asText(), session);
    JsonNode largeWhenSmallDone = Jobs.state(BASE, large.json().get("id").asText(), session);
    JsonNode largeDone = Jobs.awaitFinished(BASE, large.json().get("id").asText(), session);
    assertThat(smallDone.get("status").asText()).isEqualTo("done");
    assertThat(largeWhenSmallDone.get("status").asText()).isIn("queued", "running");
    assertThat(largeDone.get("status").asText()).isEqualTo("done");
    assertThat(Instant.parse(smallDone.get("finished_at").asText()))
        .isBefore(Instant.parse(largeDone.get("finished_at").asText()));
    assertThat(Http.get(smallDone.get("document_url").asText()).status()).isEqualTo(200);
    assertThat(Http.get(largeDone.get("document_url").asText()).status()).isEqualTo(200);
  }

  @Test
  void aCancelledJobStopsBeforeItsNextStageAndStoresNothing() {
    Http.Session session = Http.signIn(TestingServer.EDITOR);
    String title = "Local news, cancelled";
    String text = TestingDocuments.localNews("cancelled " + System.nanoTime(), LARGE);
    Http.Answer submitted = submit(session, title, text);
    String job = submitted.json().get("id").asText();
    Http.Answer cancelled = cancel(session, job);
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().get("cancel_requested").asBoolean()).isTrue();
    JsonNode finished = Jobs.awaitFinished(BASE, job, session);
    assertThat(finished.get("status").asText()).isEqualTo("cancelled");
    assertThat(finished.get("document_id").isNull()).isTrue();
    assertThat(Http.get("/api/documents/" + submittedId(title, text)).status()).isEqualTo(404);
    Http.Answer again = cancel(session, job);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body())
        .isEqualTo("{\"code\":\"conflict\",\"message\":\"Job " + job + " is cancelled already\"}");
  }

  @Test
  void aDocumentOverTheLimitIsRefusedWithTheLimit() {
    Http.Session session = Http.signIn(TestingServer.EDITOR);
    Http.Answer text = submit(session, "Too long", "x".repeat((1 << 20) + 1));
    assertThat(text.status()).isEqualTo(413);
    assertThat(text.body())
        .isEqualTo(
            "{\"code\":\"too_large\",\"message\":\"The text is 1,048,577 bytes (1.0 MiB); a"
                + " document may be at most 1,048,576 bytes (1.0 MiB)\"}");
    // The title and the blank line after it count.
    Http.Answer titled = submit(session, "Too long", "x".repeat(1 << 20));
    assertThat(titled.status()).isEqualTo(413);
    assertThat(titled.json().get("message").asText())
        .isEqualTo(
            "The document is 1,048,586 bytes (1.0 MiB); a document may be at most 1,048,576"
                + " bytes (1.0 MiB)");
    String boundary = "attache-test-boundary";
    String multipart =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\n"
            + "y".repeat((1 << 20) + 1)
            + "\r\n--"
            + boundary
            + "--\r\n";
    Http.Answer file =
        Http.send(
            HttpRequest.newBuilder(SERVER.uri("/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", session.cookie())
                .header("X-CSRF-Token", session.csrf())
                .POST(HttpRequest.BodyPublishers.ofString(multipart)));
    assertThat(file.status()).as(file.body()).isEqualTo(413);
    assertThat(file.json().get("message").asText())
        .isEqualTo(
            "'big.txt' is 1,048,577 bytes (1.0 MiB); a document may be at most 1,048,576 bytes"
                + " (1.0 MiB)");
  }

  @Test
  void aRequestLongerThanAnySubmissionIsRefusedBeforeItIsRead() {
    Http.RawAnswer answer =
        Http.raw(
            SERVER.server.port(),
            "POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 10000000\r\nConnection: close\r\n\r\n");
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.body())
        .isEqualTo(
            "{\"code\":\"too_large\",\"message\":\"The request is 10,000,000 bytes (9.5 MiB); a"
                + " submission may be at most 3,211,264 bytes (3.1 MiB), for a document of at"
                + " most 1,048,576 bytes (1.0 MiB)\"}");
  }

  @Test
  void onlyTheSubmitterFollowsOrCancelsAJob() {
    Users users = new Users(SERVER.database);
    if (users.find("eda").isEmpty()) {
      users.add("eda", UserRole.EDITOR, TestingServer.PASSWORD);
    }
    Http.Session ana = Http.signIn(TestingServer.EDITOR);
    Http.Session eda = Http.signIn("eda");
    Http.Session vic = Http.signIn(TestingServer.VIEWER);
    String job =
        submit(
                ana,
                "Chile and Argentina",
                "On 5 May 1997 the ministers of Chile and Argentina met.")
            .json()
            .get("id")
            .asText();
    Http.Answer seen =
        Http.send(
            HttpRequest.newBuilder(SERVER.uri("/api/jobs/" + job)).header("Cookie", eda.cookie()));
    assertThat(seen.status()).isEqualTo(404);
    assertThat(seen.json().get("message").asText()).isEqualTo("No job " + job);
    assertThat(cancel(eda, job).status()).isEqualTo(404);
    Http.Answer viewer = cancel(vic, job);
    assertThat(viewer.status()).isEqualTo(403);
    assertThat(viewer.json().get("code").asText()).isEqualTo("forbidden");
    assertThat(Jobs.awaitFinished(BASE, job, ana).get("status").asText()).isEqualTo("done");
  }
}
