package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.attache.store.TestingStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Review actions need a signed-in editor and this session's anti-forgery token, from this site;
 * anything else is refused and changes nothing.
 */
class AuthTest {
  private static final TestingServer SERVER = TestingServer.get();

  private long field;

  /** A field that no test has reviewed: the last of the queue. */
  @BeforeEach
  void pickAField() {
    field =
        TestingStore.count(
            SERVER.database,
            "SELECT max(id) FROM assertion WHERE state = 'machine'"
                + " AND subject_kind = 'event' AND field = 'date'");
  }

  private String state() {
    return Http.get("/api/review/" + field).json().get("state").asText();
  }

  private long audit() {
    return TestingStore.count(SERVER.database, "SELECT count(*) FROM review_log");
  }

  private void assertRefused(Http.Answer answer, int status, String code) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.json().get("code").asText()).isEqualTo(code);
  }

  private void assertNothingChanged(long auditBefore) {
    assertThat(state()).isEqualTo("machine");
    assertThat(audit()).isEqualTo(auditBefore);
  }

  /** A post with the session and its token, and one more header. */
  private static Http.Answer withToken(
      String path, Http.Session session, String header, String value) {
    return Http.post(
        path, "{}", "Cookie", session.cookie(), "X-CSRF-Token", session.csrf(), header, value);
  }

  @Test
  void withoutASessionAReviewIsRefusedAndChangesNothing() {
    long before = audit();
    assertRefused(Http.post("/api/review/" + field + "/confirm", "{}"), 401, "unauthenticated");
    assertRefused(
        Http.post(
            "/api/review/" + field + "/correct",
            "{\"value\": \"1999\"}",
            "Cookie",
            "attache_session=forged-token",
            "X-CSRF-Token",
            "forged"),
        401,
        "unauthenticated");
    assertNothingChanged(before);
  }

  @Test
  void aForgedCrossSiteRequestIsRefusedAndChangesNothing() {
    Http.Session session = Http.signIn(TestingServer.EDITOR);
    long before = audit();
    String path = "/api/review/" + field + "/reject";
    assertRefused(Http.post(path, "{}", "Cookie", session.cookie()), 403, "csrf");
    assertRefused(
        Http.post(path, "{}", "Cookie", session.cookie(), "X-CSRF-Token", "guessed"), 403, "csrf");
    assertRefused(withToken(path, session, "Origin", "http://attacker.example"), 403, "csrf");
    assertRefused(withToken(path, session, "Sec-Fetch-Site", "cross-site"), 403, "csrf");
    assertNothingChanged(before);
  }

  @Test
  void aSubmissionFormWithoutASessionOrTokenIsRefusedAndStoresNothing() {
    long documents = TestingStore.count(SERVER.database, "SELECT count(*) FROM document");
    String form = "text=On+1+May+2020+the+ministers+met+in+Astana.";
    Http.Answer anonymous =
        Http.send(
            HttpRequest.newBuilder(SERVER.uri("/submit"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    assertThat(anonymous.status()).isEqualTo(401);
    Http.Session session = Http.signIn(TestingServer.EDITOR);
    Http.Answer forged =
        Http.send(
            HttpRequest.newBuilder(SERVER.uri("/submit"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session.cookie())
                .POST(HttpRequest.BodyPublishers.ofString(form + "&csrf=guessed")));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(TestingStore.count(SERVER.database, "SELECT count(*) FROM document"))
        .isEqualTo(documents);
  }

  @Test
  void aViewerMayNotReview() {
    Http.Session session = Http.signIn(TestingServer.VIEWER);
    assertRefused(
        Http.post(
            "/api/review/" + field + "/confirm",
            "{}",
            "Cookie",
            session.cookie(),
            "X-CSRF-Token",
            session.csrf()),
        403,
        "forbidden");
    assertThat(state()).isEqualTo("machine");
  }

  @Test
  void anEditorCorrectsAFieldAndTheAuditLogSaysWho() {
    Http.Session session = Http.signIn(TestingServer.EDITOR);
    long before = audit();
    Http.Answer answer =
        Http.post(
            "/api/review/" + field + "/correct",
            "{\"value\": \"2024-03\", \"reason\": \"the month is all the text is sure of\"}",
            "Cookie",
            session.cookie(),
            "X-CSRF-Token",
            session.csrf(),
            "Origin",
            SERVER.url(""));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().get("state").asText()).isEqualTo("corrected");
    assertThat(answer.json().get("value").asText()).isEqualTo("2024-03");
    assertThat(audit()).isEqualTo(before + 1);
    assertThat(
            TestingStore.count(
                SERVER.database,
                "SELECT count(*) FROM review_log WHERE assertion_id = ? AND reviewer = ?",
                field,
                TestingServer.EDITOR))
        .isEqualTo(1);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteAndSignOutEndsIt() {
    Http.Session session = Http.signIn(TestingServer.EDITOR);
    assertThat(session.setCookie()).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
    assertThat(
            Http.send(
                    java.net.http.HttpRequest.newBuilder(SERVER.uri("/api/session"))
                        .header("Cookie", session.cookie()))
                .json()
                .get("name")
                .asText())
        .isEqualTo(TestingServer.EDITOR);
    Http.Answer out =
        Http.send(
            java.net.http.HttpRequest.newBuilder(SERVER.uri("/api/session"))
                .DELETE()
                .header("Cookie", session.cookie())
                .header("X-CSRF-Token", session.csrf()));
    assertThat(out.status()).isEqualTo(204);
    assertThat(
            Http.send(
                    java.net.http.HttpRequest.newBuilder(SERVER.uri("/api/session"))
                        .header("Cookie", session.cookie()))
                .status())
        .isEqualTo(401);
  }

  @Test
  void aWrongPasswordOpensNoSession() {
    Http.Answer answer =
        Http.post("/api/session", "{\"name\": \"ana\", \"password\": \"wrong password\"}");
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.setCookie()).isEmpty();
  }
}
