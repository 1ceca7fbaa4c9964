package org.attache.store.users;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.attache.model.error.AttacheException;

/**
 * Password hashes with PBKDF2-HMAC-SHA256 from the JDK: a random 16-byte salt and 310,000
 * iterations (OWASP's figure for this function), stored as {@code
 * pbkdf2-sha256$iterations$salt$hash}.
 */
public final class Passwords {
  static final int ITERATIONS = 310_000;
  private static final String PREFIX = "pbkdf2-sha256";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  /** A new hash of a password, with a fresh salt. */
  public static String hash(String password) {
    check(password);
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    Base64.Encoder base64 = Base64.getEncoder();
    return PREFIX
        + "$"
        + ITERATIONS
        + "$"
        + base64.encodeToString(salt)
        + "$"
        + base64.encodeToString(derive(password, salt, ITERATIONS));
  }

  /**
   * Whether a password matches a stored hash; compares in constant time.
   *
   * @throws AttacheException (internal) when the stored value is not a hash of this store
   */
  public static boolean matches(String password, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX)) {
      throw AttacheException.internal("Not a password hash of this store: '" + parts[0] + "'");
    }
    Base64.Decoder base64 = Base64.getDecoder();
    byte[] expected = base64.decode(parts[3]);
    byte[] actual = derive(password, base64.decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  /**
   * Refuses passwords too short to be worth hashing.
   *
   * @throws AttacheException (bad input) for a password under 8 characters
   */
  public static void check(String password) {
    if (password.length() < 8) {
      throw AttacheException.badInput("A password needs at least 8 characters");
    }
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JVM", e);
    } finally {
      spec.clearPassword();
    }
  }
}
