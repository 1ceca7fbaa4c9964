package org.attache.store.users;

import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.attache.model.error.AttacheException;
import org.attache.store.Database;
import org.attache.store.StoreException;

/**
 * Users, their roles and their sessions, kept in the store. A session is a random token in a
 * cookie; the store keeps only its SHA-256, so a copy of the database opens no session.
 */
public final class Users {
  /** How long a session lasts without signing in again. */
  public static final Duration SESSION_LIFETIME = Duration.ofHours(12);

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Hashed when a name is unknown, so that signing in takes as long either way. */
  private static final String DUMMY = Passwords.hash("not a password of anyone");

  private final Database database;

  public Users(Database database) {
    this.database = requireNonNull(database, "database is null");
  }

  /**
   * Adds a user.
   *
   * @throws AttacheException a conflict when the name is taken; bad input when it is not allowed or
   *     the password is short
   */
  public User add(String name, UserRole role, String password) {
    checkName(name);
    String hash = Passwords.hash(password);
    if (find(name).isPresent()) {
      throw AttacheException.conflict("There is a user named '" + name + "' already");
    }
    update(
        "INSERT INTO app_user (name, role, password_hash) VALUES (?, ?, ?)",
        name,
        role.code(),
        hash);
    return new User(name, role);
  }

  /**
   * Removes a user and their sessions.
   *
   * @throws AttacheException (not found) naming an unknown user
   */
  public void remove(String name) {
    if (update("DELETE FROM app_user WHERE name = ?", name) == 0) {
      throw AttacheException.notFound("No user named '" + name + "'");
    }
  }

  /**
   * Gives a user another role; their sessions keep going with it.
   *
   * @throws AttacheException (not found) naming an unknown user
   */
  public User setRole(String name, UserRole role) {
    if (update("UPDATE app_user SET role = ? WHERE name = ?", role.code(), name) == 0) {
      throw AttacheException.notFound("No user named '" + name + "'");
    }
    return new User(name, role);
  }

  /** Every user, by name. */
  public List<User> list() {
    List<User> users = new ArrayList<>();
    try (Connection c = database.connect();
        PreparedStatement select =
            c.prepareStatement("SELECT name, role FROM app_user ORDER BY name");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        users.add(new User(rows.getString(1), UserRole.parse(rows.getString(2))));
      }
      return users;
    } catch (SQLException e) {
      throw new StoreException("Cannot list the users: " + e.getMessage(), e);
    }
  }

  public Optional<User> find(String name) {
    return list().stream().filter(u -> u.name().equals(name)).findFirst();
  }

  /**
   * Opens a session when the password is right.
   *
   * @return the cookie's token and the session, or empty when name or password is wrong
   */
  public Optional<Session> signIn(String name, String password) {
    Optional<String> stored = Optional.empty();
    Optional<User> user = Optional.empty();
    try (Connection c = database.connect();
        PreparedStatement select =
            c.prepareStatement("SELECT role, password_hash FROM app_user WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet rows = select.executeQuery()) {
        if (rows.next()) {
          user = Optional.of(new User(name, UserRole.parse(rows.getString(1))));
          stored = Optional.of(rows.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot read user '" + name + "': " + e.getMessage(), e);
    }
    boolean right = Passwords.matches(password, stored.orElse(DUMMY));
    if (user.isEmpty() || !right) {
      return Optional.empty();
    }
    String token = randomToken();
    String csrf = randomToken();
    update(
        "INSERT INTO app_session (token_hash, user_name, csrf_token, expires_at) VALUES (?, ?, ?, ?)",
        sha256(token),
        name,
        csrf,
        Timestamp.from(Instant.now().plus(SESSION_LIFETIME)));
    update("DELETE FROM app_session WHERE expires_at < now()");
    return Optional.of(new Session(token, new SignedIn(user.get(), csrf)));
  }

  /** The session a cookie's token opens, if it is known and has not expired. */
  public Optional<SignedIn> session(String token) {
    try (Connection c = database.connect();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT u.name, u.role, s.csrf_token FROM app_session s"
                    + " JOIN app_user u ON u.name = s.user_name"
                    + " WHERE s.token_hash = ? AND s.expires_at > now()")) {
      select.setString(1, sha256(token));
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new SignedIn(
                new User(rows.getString(1), UserRole.parse(rows.getString(2))), rows.getString(3)));
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot read a session: " + e.getMessage(), e);
    }
  }

  /** Ends a session. */
  public void signOut(String token) {
    update("DELETE FROM app_session WHERE token_hash = ?", sha256(token));
  }

  /** A new session: the token for the cookie and who it is. */
  public record Session(String token, SignedIn signedIn) {
    public Session {
      requireNonNull(token, "token is null");
      requireNonNull(signedIn, "signedIn is null");
    }
  }

  private static void checkName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw AttacheException.badInput(
          "A user name has 1 to 64 letters, digits and . _ @ -: '" + name + "'");
    }
  }

  private int update(String sql, Object... parameters) {
    try (Connection c = database.connect();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("Cannot change the users: " + e.getMessage(), e);
    }
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
