package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A page that rebinds its name to this machine cannot read the store, password guessing is
 * throttled per account and per address, and behind a TLS proxy the session cookie is Secure.
 */
class HostAndSignInTest {
  private static final TestingServer SERVER = TestingServer.get();

  private static String credentials(String name, String password) {
    return "{\"name\": \"" + name + "\", \"password\": \"" + password + "\"}";
  }

  @Test
  void aRequestForAnotherSitesNameIsRefused() {
    int port = SERVER.server.port();
    Http.RawAnswer rebound = Http.getWithHost(port, "/api/documents", "attacker.example:" + port);
    assertThat(rebound.status()).isEqualTo(403);
    assertThat(rebound.body())
        .isEqualTo(
            "{\"code\":\"host\",\"message\":\"This server does not serve 'attacker.example'; its"
                + " operator may allow the name with 'attache serve --allow-host"
                + " attacker.example'\"}");
    assertThat(Http.getWithHost(port, "/", "attacker.example").status()).isEqualTo(403);
    assertThat(Http.getWithHost(port, "/assets/attache.css", "attacker.example").status())
        .isEqualTo(403);
    assertThat(Http.getWithHost(port, "/api/documents", "127.0.0.1:" + port).status())
        .isEqualTo(200);
    assertThat(Http.getWithHost(port, "/api/documents", "localhost:" + port).status())
        .isEqualTo(200);
    assertThat(Http.getWithHost(port, "/api/documents", "[::1]:" + port).status()).isEqualTo(200);
  }

  @Test
  void aNameAllowedAtStartIsServed() {
    try (AttacheServer server =
        SERVER.another(
            ServerSettings.of("127.0.0.1", 0).withAllowedHosts(Set.of("Attache.Example.org")))) {
      int port = server.port();
      assertThat(Http.getWithHost(port, "/api/documents", "attache.example.org").status())
          .isEqualTo(200);
      assertThat(Http.getWithHost(port, "/api/documents", "ATTACHE.example.org.:443").status())
          .isEqualTo(200);
      assertThat(Http.getWithHost(port, "/api/documents", "evil.example.org").status())
          .isEqualTo(403);
      assertThat(Http.getWithHost(port, "/api/documents", "example.org").status()).isEqualTo(403);
    }
  }

  @Test
  void afterFiveFailuresFromOneAddressEveryAttemptFromItWaits() {
    try (AttacheServer server = SERVER.another(ServerSettings.of("127.0.0.1", 0))) {
      URI session = URI.create("http://127.0.0.1:" + server.port() + "/api/session");
      for (int i = 1; i <= 5; i++) {
        Http.Answer wrong = Http.post(session, credentials("guess" + i, "wrong password"));
        assertThat(wrong.status()).as("attempt " + i).isEqualTo(401);
      }
      // The right password of another account, from the same address, waits too.
      Http.Answer refused =
          Http.post(session, credentials(TestingServer.EDITOR, TestingServer.PASSWORD));
      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.json().get("code").asText()).isEqualTo("throttled");
      assertThat(refused.json().get("message").asText())
          .isEqualTo(
              "Too many failed sign-ins for this account or from this address: try again in 15"
                  + " minutes");
      assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(840L, 900L);
      assertThat(refused.setCookie()).isEmpty();
      // The page's form is throttled alike.
      Http.Answer form =
          Http.send(
              java.net.http.HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + server.port() + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      java.net.http.HttpRequest.BodyPublishers.ofString(
                          "name=ana&password=correct+horse+battery")));
      assertThat(form.status()).isEqualTo(429);
      assertThat(form.header("Retry-After")).isPresent();
    }
    // Another server's throttle is its own: the shared server still signs in.
    assertThat(Http.signIn(TestingServer.EDITOR).cookie()).startsWith("attache_session=");
  }

  /** A sign-in through a proxy that says the client's address is {@code from}. */
  private static Http.Answer signInFrom(URI session, String name, String password, String from) {
    return Http.post(session, credentials(name, password), "X-Forwarded-For", from);
  }

  @Test
  void afterFiveFailuresOnOneAccountEveryAddressWaitsAndCookiesAreSecureBehindTls() {
    try (AttacheServer server =
        SERVER.another(ServerSettings.of("127.0.0.1", 0).withBehindTlsProxy(true))) {
      URI session = URI.create("http://127.0.0.1:" + server.port() + "/api/session");
      Http.Answer signedIn =
          signInFrom(session, TestingServer.VIEWER, TestingServer.PASSWORD, "198.51.100.1");
      assertThat(signedIn.status()).isEqualTo(200);
      assertThat(signedIn.setCookie().orElseThrow())
          .contains("Secure")
          .contains("HttpOnly")
          .containsIgnoringCase("SameSite=Strict");
      for (int i = 1; i <= 5; i++) {
        Http.Answer wrong =
            signInFrom(session, TestingServer.VIEWER, "wrong password " + i, "203.0.113." + i);
        assertThat(wrong.status()).as("attempt " + i).isEqualTo(401);
      }
      Http.Answer right =
          signInFrom(session, TestingServer.VIEWER, TestingServer.PASSWORD, "203.0.113.99");
      assertThat(right.status()).isEqualTo(429);
      // Another account from a fresh address is not held up; the proxy's own hop is the last.
      Http.Answer other =
          signInFrom(
              session, TestingServer.EDITOR, TestingServer.PASSWORD, "203.0.113.1, 192.0.2.7");
      assertThat(other.status()).isEqualTo(200);
    }
    Http.Session plain = Http.signIn(TestingServer.EDITOR);
    assertThat(plain.setCookie()).doesNotContain("Secure");
  }
}
