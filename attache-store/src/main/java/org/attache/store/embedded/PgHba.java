package org.attache.store.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.attache.store.StoreException;

/**
 * The server's {@code pg_hba.conf}: every connection, over the loopback interface or a Unix socket,
 * signs in with a SCRAM-SHA-256 password; no line trusts anyone, and replication has no line, so it
 * is refused. Written before every start, so that an edit cannot open the server.
 */
final class PgHba {
  static final String FILE = "pg_hba.conf";

  static final String CONTENT =
      """
      # Written by Attache before every start of its embedded PostgreSQL: edits are lost.
      # Every connection signs in with a password (SCRAM-SHA-256); the server listens on
      # 127.0.0.1 only and has no Unix socket. The passwords are in attache-passwords.
      # TYPE  DATABASE  USER  ADDRESS       METHOD
      local   all       all                 scram-sha-256
      host    all       all   127.0.0.1/32  scram-sha-256
      host    all       all   ::1/128       scram-sha-256
      """;

  private PgHba() {}

  /** Writes the file into a data folder, replacing it at once. */
  static void write(Path data) {
    Path file = data.resolve(FILE);
    try {
      Path temporary =
          Files.createTempFile(
              data,
              ".pg_hba-",
              ".tmp",
              PosixFilePermissions.asFileAttribute(Credentials.OWNER_ONLY));
      try {
        Files.writeString(temporary, CONTENT, UTF_8);
        Credentials.move(temporary, file);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new StoreException("Cannot write '" + file + "': " + e, e);
    }
  }
}
