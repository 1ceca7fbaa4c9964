package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.attache.server.ServerSettings;
import org.attache.server.submit.SubmitLimits;
import org.attache.server.watch.MailSettings;
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

  private static Optional<MailSettings> mail(String... args) {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs(args);
    return serve.mail();
  }

  @Test
  void digestMailNeedsAnSmtpServerAndASender() {
    assertThat(mail()).isEmpty();
    assertThat(mail("--smtp", "mail.example.org:25", "--mail-from", "attache@example.org"))
        .contains(
            new MailSettings(
                "mail.example.org", 25, "attache@example.org", "http://127.0.0.1:8080"));
    assertThat(
            mail(
                "--smtp",
                "127.0.0.1:2525",
                "--mail-from",
                "attache@example.org",
                "--site-url",
                "https://attache.example.org/"))
        .contains(
            new MailSettings(
                "127.0.0.1", 2525, "attache@example.org", "https://attache.example.org"));
    assertThatThrownBy(() -> mail("--smtp", "mail.example.org:25"))
        .hasMessage("--smtp needs --mail-from ADDRESS, the digests' sender");
    assertThatThrownBy(() -> mail("--mail-from", "attache@example.org"))
        .hasMessage("--mail-from needs --smtp HOST:PORT");
    assertThatThrownBy(() -> mail("--smtp", "mail.example.org", "--mail-from", "a@example.org"))
        .hasMessage("--smtp is HOST:PORT, not 'mail.example.org'");
    assertThatThrownBy(() -> mail("--smtp", "mail.example.org:25", "--mail-from", "attache"))
        .hasMessage("The sender is not an e-mail address: 'attache'");
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
