package org.attache.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code attache extract} over the 161 dev documents writes the same bytes as the output recorded
 * in {@code extract-dev.sha256} (one digest per document, so that a change names the documents it
 * touched). A change that means to change the output records it again on purpose:
 *
 * <pre>mvn verify -pl attache-cli -Dtest=RecordedExtractionTest -Dattache.record=true</pre>
 *
 * and the commit shows the documents whose records changed.
 */
class RecordedExtractionTest {
  private static final Path RECORDED =
      Path.of("src/test/resources/org/attache/cli/extract-dev.sha256");
  private static final Pattern SOURCE = Pattern.compile("\"source\":\"([^\"]*)\"");

  @Test
  void extractWritesTheRecordedBytes() throws IOException {
    Path dev = Path.of(System.getProperty("attache.shared"), "gold", "dev");
    StringWriter out = new StringWriter();
    CommandLine command = Main.commandLine();
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(new StringWriter()));

    int status = command.execute("extract", "--threads", "2", dev.toString());

    assertThat(status).isEqualTo(0);
    Map<String, String> digests = new TreeMap<>();
    String prefix = dev.toString() + "/";
    for (String line : out.toString().lines().toList()) {
      Matcher source = SOURCE.matcher(line);
      assertThat(source.find()).as("a record names its source: %s", line).isTrue();
      String name = source.group(1).substring(prefix.length());
      // The folder the gold set lies in differs between machines: the record names it as "dev/".
      digests.put(name, sha256(line.replace("\"source\":\"" + prefix, "\"source\":\"dev/")));
    }
    StringBuilder recorded = new StringBuilder();
    digests.forEach(
        (name, digest) -> recorded.append(digest).append("  ").append(name).append('\n'));
    if (Boolean.getBoolean("attache.record")) {
      Files.writeString(RECORDED, recorded.toString(), UTF_8);
    }
    assertThat(recorded.toString()).isEqualTo(Files.readString(RECORDED, UTF_8));
  }

  private static String sha256(String line) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(line.getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("No SHA-256 in this JVM", e);
    }
  }
}
