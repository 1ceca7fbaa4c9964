package org.attache.store.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.attache.store.StoreException;

/**
 * The file {@value #FILE} of a data folder: the port of the server that runs on it, written once
 * the server is ready for others and removed before it stops. A file left by a killed process is
 * recognised by the folder's lock, which nobody then holds.
 */
final class PortFile {
  static final String FILE = "attache-port";

  private PortFile() {}

  static void write(Path data, int port) {
    Path file = data.resolve(FILE);
    try {
      Path temporary =
          Files.createTempFile(
              data,
              ".attache-port-",
              ".tmp",
              PosixFilePermissions.asFileAttribute(Credentials.OWNER_ONLY));
      try {
        Files.writeString(temporary, port + "\n", UTF_8);
        Credentials.move(temporary, file);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new StoreException("Cannot write '" + file + "': " + e, e);
    }
  }

  /** The port written, if the file is there and holds one. */
  static Optional<Integer> read(Path data) {
    try {
      String text = Files.readString(data.resolve(FILE), UTF_8).strip();
      return text.matches("[0-9]{1,5}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StoreException("Cannot read '" + data.resolve(FILE) + "': " + e, e);
    }
  }

  static void delete(Path data) {
    try {
      Files.deleteIfExists(data.resolve(FILE));
    } catch (IOException e) {
      throw new StoreException("Cannot remove '" + data.resolve(FILE) + "': " + e, e);
    }
  }
}
