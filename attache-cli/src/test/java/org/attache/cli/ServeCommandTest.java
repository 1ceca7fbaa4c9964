package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.attache.server.ServerSettings;
import org.attache.server.submit.SubmitLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The options of {@code attache serve}, read into the server's settings. */
class ServeCommandTest {
  private static ServerSettings settings(String... args) {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs(args);
    return serve.settings();
  }

  @Test
  void theDefaultsServeThisMachineOnly() {
    ServerSettings defaults = settings();
    assertThat(defaults).isEqualTo(ServerSettings.of("127.0.0.1", 8080));
    assertThat(defaults.warning()).isEmpty();
  }

  @Test
  void hostsProxyWorkersAndSizeAreRead() {
    ServerSettings settings =
        settings(
            "--host",
            "0.0.0.0",
            "--port",
            "9000",
            "--allow-host",
            "attache.example.org",
            "--allow-host",
            "records.example.org",
            "--behind-tls-proxy",
            "--submit-workers",
            "3",
            "--max-document-size",
            "512K");
    assertThat(settings)
        .isEqualTo(
            new ServerSettings(
                "0.0.0.0",
                9000,
                Set.of("attache.example.org", "records.example.org"),
                true,
                new SubmitLimits(3, 512L << 10, 64L << 10, 100)));
    assertThat(settings.warning()).isEmpty();
    assertThat(settings("--host", "0.0.0.0").warning()).isPresent();
  }

  @Test
  void sizesTakeKAndM() {
    assertThat(ServeCommand.size("--max-document-size", "100000")).isEqualTo(100_000);
    assertThat(ServeCommand.size("--max-document-size", "64K")).isEqualTo(65_536);
    assertThat(ServeCommand.size("--max-document-size", "64kb")).isEqualTo(65_536);
    assertThat(ServeCommand.size("--max-document-size", "2M")).isEqualTo(2_097_152);
    assertThat(ServeCommand.size("--max-document-size", "2MiB")).isEqualTo(2_097_152);
    assertThatThrownBy(() -> ServeCommand.size("--max-document-size", "2X"))
        .hasMessage("--max-document-size is not a size like 1M, 512K or 100000: '2X'");
  }

  @Test
  void aWrongSettingStopsServeBeforeTheStoreOpens(@TempDir Path dir) {
    Path data = dir.resolve("pg");
    StringWriter err = new StringWriter();
    CommandLine command = Main.commandLine();
    command.setErr(new PrintWriter(err));
    int status = command.execute("serve", "--data", data.toString(), "--submit-workers", "0");
    assertThat(status).isEqualTo(ExitCodes.FAILED);
    assertThat(err.toString())
        .isEqualTo(
            "attache: serve: Submission workers must be 1 to 64: 0" + System.lineSeparator());
    assertThat(Files.exists(data)).isFalse();
  }
}
