package org.attache.server.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.attache.model.error.AttacheException;
import org.junit.jupiter.api.Test;

class HostCheckTest {
  private final HostCheck check = new HostCheck(Set.of("attache.example.org"));

  @Test
  void addressesLocalhostAndTheNamesGivenAreServed() {
    for (String host :
        new String[] {
          "127.0.0.1",
          "127.0.0.1:8080",
          "192.168.1.20:8080",
          "[::1]:8080",
          "[fe80::1]",
          "localhost:8080",
          "LOCALHOST",
          "attache.example.org",
          "Attache.Example.Org:443",
          "attache.example.org."
        }) {
      assertThatCode(() -> check.check(host)).as(host).doesNotThrowAnyException();
    }
  }

  @Test
  void anyOtherNameIsRefusedWithWhatToAllow() {
    assertThatThrownBy(() -> check.check("rebound.attacker.example:8080"))
        .isInstanceOf(ApiException.class)
        .hasMessage(
            "This server does not serve 'rebound.attacker.example'; its operator may allow the"
                + " name with 'attache serve --allow-host rebound.attacker.example'");
    for (String host :
        new String[] {"example.org", "attache.example.org.evil", "127.0.0.1.nip.io", "999.1.1.1"}) {
      assertThatThrownBy(() -> check.check(host))
          .as(host)
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> org.assertj.core.api.Assertions.assertThat(e.word()).isEqualTo("host"));
    }
  }

  @Test
  void aMissingOrMalformedHostIsABadRequest() {
    assertThatThrownBy(() -> check.check(null)).hasMessage("The request has no Host header");
    assertThatThrownBy(() -> check.check("a:b:c"))
        .hasMessage("The Host header is not a host: 'a:b:c'");
  }

  @Test
  void aNameToAllowMustBeAHostName() {
    assertThatThrownBy(() -> new HostCheck(Set.of("attache.example.org:8443")))
        .isInstanceOf(AttacheException.class)
        .hasMessage(
            "Not a host name to allow (like attache.example.org): 'attache.example.org:8443'");
  }
}
