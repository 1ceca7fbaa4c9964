package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code attache explain} on a file written by the test, with the real extractor. */
class ExplainCommandTest {
  @Test
  void explainsEachFieldWithTheSentenceAndTheRuleBehindIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("statement.txt");
    Files.writeString(
        file,
        "Minister of Foreign Affairs of Kazakhstan Daulet Serikov met with Minister of Foreign"
            + " Affairs of Qatar Khalid Al-Mansour in Astana. Mr Serikov thanked the Qatari side"
            + " for its support.\n",
        StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    CommandLine command = Main.commandLine();
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(new StringWriter()));

    int status = command.execute("explain", file.toString());

    assertThat(status).isZero();
    assertThat(out.toString())
        .contains("statement  confidence 0.80  CAMEO 051 PLOVER SUPPORT")
        .contains("sentence [")
        .contains("Mr Serikov thanked the Qatari side for its support.")
        .contains("stance: thanks\n      <- stance-words.tsv: thank")
        .contains("      <- speaker.subject");
  }
}
