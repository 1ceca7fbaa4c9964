package org.attache.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.attache.model.error.AttacheException;
import org.attache.model.error.ErrorCode;

/**
 * Where a new password comes from, never the command line (which other users of the machine see in
 * the process list, and the shell keeps in its history): typed twice at the terminal without echo,
 * else the first line of standard input, or the first line of a file.
 */
final class PasswordInput {
  private PasswordInput() {}

  /**
   * Reads the password.
   *
   * @param file a file whose first line is the password, {@code -} for standard input
   * @param console the terminal, when standard input and output are one
   * @throws AttacheException (bad input) when no password is given, or the two typed differ
   */
  static char[] read(
      Optional<Path> file, Optional<Console> console, InputStream stdin, String user) {
    if (file.isPresent() && !file.get().toString().equals("-")) {
      try (BufferedReader in = Files.newBufferedReader(file.get(), UTF_8)) {
        return firstLine(in, "the file '" + file.get() + "'");
      } catch (IOException e) {
        throw new AttacheException(
            ErrorCode.BAD_INPUT, "Cannot read the password file '" + file.get() + "'", e);
      }
    }
    if (file.isEmpty() && console.isPresent()) {
      char[] typed = console.get().readPassword("Password for %s: ", user);
      char[] again = console.get().readPassword("The same again: ");
      if (typed == null || again == null) {
        throw AttacheException.badInput("No password typed");
      }
      boolean same = Arrays.equals(typed, again);
      Arrays.fill(again, ' ');
      if (!same) {
        throw AttacheException.badInput("The two passwords differ");
      }
      return typed;
    }
    try {
      // Not closed: standard input belongs to the process.
      return firstLine(new BufferedReader(new InputStreamReader(stdin, UTF_8)), "standard input");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the password from standard input", e);
    }
  }

  private static char[] firstLine(BufferedReader in, String where) throws IOException {
    String line = in.readLine();
    if (line == null || line.isEmpty()) {
      throw AttacheException.badInput("No password on the first line of " + where);
    }
    return line.toCharArray();
  }
}
