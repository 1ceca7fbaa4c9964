package org.attache.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs commands as the command line would, capturing what they print, and writes the small
 * communiqués that the store's command tests ingest.
 */
final class TestingCli {
  /** Kazakhstan's foreign minister meets Japan's ambassador, reported on 14 March 2023. */
  static final String MEETING =
      """
      TITLE: Foreign Minister of Kazakhstan meets Ambassador of Japan
      DATE: 2023-03-14
      ---
      Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with Ambassador of Japan \
      to Kazakhstan Yasushi Kaneko on 14 March 2023.
      """;

  /** The same two, told the next day with another date of their meeting. */
  static final String MEETING_TOLD_AGAIN =
      """
      TITLE: Japan and Kazakhstan discuss cooperation
      DATE: 2023-03-15
      ---
      On 13 March 2023, Ambassador of Japan Yasushi Kaneko was received by Minister of Foreign \
      Affairs of Kazakhstan Murat Nurtleu in Astana.
      """;

  private TestingCli() {}

  /** What one run of a command gave. */
  record Run(int status, String out, String err) {}

  /** Runs {@code attache ARGS...}. */
  static Run attache(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  /** Runs {@code attache ARGS... --data DATA}: on the embedded store kept in {@code data}. */
  static Run attacheOn(Path data, String... args) {
    String[] withData = Arrays.copyOf(args, args.length + 2);
    withData[args.length] = "--data";
    withData[args.length + 1] = data.toString();
    return attache(withData);
  }

  /** A new file under {@code folder} holding a password on its first line, by its path. */
  static String passwordFile(Path folder, String password) throws IOException {
    Path file = Files.createTempFile(folder, "password", ".txt");
    Files.writeString(file, password + "\n", UTF_8);
    return file.toString();
  }

  /**
   * Writes {@link #MEETING} as {@code a.txt} and {@link #MEETING_TOLD_AGAIN} as {@code b.txt} into
   * a new folder {@code documents} under {@code folder}.
   *
   * @return the folder of the documents
   */
  static Path meetingDocuments(Path folder) throws IOException {
    Path documents = Files.createDirectories(folder.resolve("documents"));
    Files.writeString(documents.resolve("a.txt"), MEETING, UTF_8);
    Files.writeString(documents.resolve("b.txt"), MEETING_TOLD_AGAIN, UTF_8);
    return documents;
  }
}
