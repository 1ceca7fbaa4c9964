package org.attache.store.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.attache.store.StoreException;

/**
 * The two passwords of an embedded server: the superuser's ({@code postgres}, for creating
 * databases and roles) and the application's ({@link Roles#APPLICATION}). Generated once, kept in
 * the data folder in {@value #FILE}, which only its owner may read or write (mode 0600).
 *
 * <p>The file's first line is the superuser's password, so that {@code initdb --pwfile} can read it
 * when it makes the folder; the second is the application's.
 *
 * @param superuser the password of {@code postgres}
 * @param application the password of {@link Roles#APPLICATION}
 */
record Credentials(String superuser, String application) {
  /** The file in the data folder. */
  static final String FILE = "attache-passwords";

  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  /** What the generator makes: 32 random bytes in unpadded URL-safe Base64. */
  private static final Pattern PASSWORD = Pattern.compile("[A-Za-z0-9_-]{43}");

  private static final SecureRandom RANDOM = new SecureRandom();

  Credentials {
    checkPassword(superuser, "superuser");
    checkPassword(application, "application");
  }

  /** Two new random passwords. */
  static Credentials generate() {
    return new Credentials(randomPassword(), randomPassword());
  }

  /**
   * The passwords kept in a data folder, if it has them. A file readable by others is made private
   * first.
   *
   * @throws StoreException naming the file when it cannot be read or is not what this class writes
   */
  static Optional<Credentials> read(Path data) {
    return readFile(data.resolve(FILE));
  }

  /**
   * The passwords in a file written by {@link #write(Path)}, if it exists.
   *
   * @throws StoreException naming the file when it cannot be read or is not what this class writes
   */
  static Optional<Credentials> readFile(Path file) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
        Files.setPosixFilePermissions(file, OWNER_ONLY);
      }
      List<String> lines = Files.readAllLines(file, UTF_8);
      if (lines.size() < 2) {
        throw new StoreException(
            "The password file '"
                + file
                + "' is damaged: it needs two lines, it has "
                + lines.size());
      }
      return Optional.of(new Credentials(lines.get(0), lines.get(1)));
    } catch (IllegalArgumentException e) {
      throw new StoreException("The password file '" + file + "' is damaged: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new StoreException("Cannot read the password file '" + file + "': " + e, e);
    }
  }

  /**
   * Writes the passwords to {@code file}, readable by its owner only, replacing it at once (a
   * reader sees the old file or the new one, never a part).
   */
  void write(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      FileAttribute<Set<PosixFilePermission>> ownerOnly =
          PosixFilePermissions.asFileAttribute(OWNER_ONLY);
      Path temporary = Files.createTempFile(parent, ".attache-passwords-", ".tmp", ownerOnly);
      try {
        Files.writeString(
            temporary,
            superuser
                + "\n"
                + application
                + "\n# The passwords of the embedded PostgreSQL: line 1 is the superuser's"
                + " (postgres), line 2 the application's ("
                + Roles.APPLICATION
                + ").\n",
            UTF_8);
        move(temporary, file);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new StoreException("Cannot write the password file '" + file + "': " + e, e);
    }
  }

  /** Moves a file of the same folder or of the folder's parent, atomically where possible. */
  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public String toString() {
    return "Credentials[***]";
  }

  private static String randomPassword() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void checkPassword(String password, String whose) {
    requireNonNull(password, whose + " password is null");
    if (!PASSWORD.matcher(password).matches()) {
      throw new IllegalArgumentException(
          "the " + whose + " password is not 43 characters of URL-safe Base64");
    }
  }
}
