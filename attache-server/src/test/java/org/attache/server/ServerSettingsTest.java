package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerSettingsTest {
  @Test
  void servingBeyondThisMachineWithoutATlsProxyIsWarnedOf() {
    assertThat(ServerSettings.of("0.0.0.0", 8080).warning())
        .contains(
            "serving on 0.0.0.0, beyond this machine, over plain HTTP: passwords and session"
                + " cookies cross the network unencrypted. Put a TLS proxy in front and pass"
                + " --behind-tls-proxy (or serve 127.0.0.1 only).");
    assertThat(ServerSettings.of("192.0.2.10", 8080).warning()).isPresent();
    assertThat(ServerSettings.of("0.0.0.0", 8080).withBehindTlsProxy(true).warning()).isEmpty();
  }

  @Test
  void servingThisMachineOnlyIsNot() {
    assertThat(ServerSettings.of("127.0.0.1", 8080).warning()).isEmpty();
    assertThat(ServerSettings.of("localhost", 8080).warning()).isEmpty();
    assertThat(ServerSettings.of("::1", 8080).warning()).isEmpty();
  }
}
