package org.attache.store.users;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.attache.model.error.AttacheException;
import org.attache.store.Database;
import org.attache.store.query.Sql;

/**
 * Users, their roles and their sessions, kept in the store. A session is a random token in a
 * cookie; the store keeps only its SHA-256, so a copy of the database opens no session.
 */
public final class Users {
  /** How long a session lasts without signing in again. */
  public static final Duration SESSION_LIFETIME = Duration.ofHours(12);

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  /** Hashed when a name is unknown, so that signing in takes as long either way. */
  private static final String DUMMY = Passwords.hash("not a password of anyone");

  private final Sql sql;
  private final Sql sessions;

  public Users(Database database) {
    this.sql = Sql.unpooled(requireNonNull(database, "database is null"));
    this.sessions = sql;
  }

  /**
   * Users whose sessions are looked up through {@code sessions}: a server's pooled statements,
   * since every request of a signed-in user looks its session up, and a connection opened for each
   * would cost more than the page.
   */
  public Users(Database database, Sql sessions) {
    this.sql = Sql.unpooled(requireNonNull(database, "database is null"));
    this.sessions = requireNonNull(sessions, "sessions is null");
  }

  /**
   * Adds a user.
   *
   * @throws AttacheException a conflict when the name is taken; bad input when it is not allowed or
   *     the password is short
   */
  public User add(String name, UserRole role, String password) {
    return add(name, role, Optional.empty(), password);
  }

  /**
   * Adds a user who acts for an organisation or state.
   *
   * @throws AttacheException a conflict when the name is taken; bad input when it is not allowed,
   *     the password is short or the party is not a code
   */
  public User add(String name, UserRole role, Optional<String> actsFor, String password) {
    checkName(name);
    User user = new User(name, role, actsFor);
    String hash = Passwords.hash(password);
    if (find(name).isPresent()) {
      throw AttacheException.conflict("There is a user named '" + name + "' already");
    }
    sql.update(
        "INSERT INTO app_user (name, role, password_hash, acts_for) VALUES (?, ?, ?, ?)",
        name,
        role.code(),
        hash,
        actsFor.orElse(null));
    return user;
  }

  /**
   * Removes a user and their sessions.
   *
   * @throws AttacheException (not found) naming an unknown user
   */
  public void remove(String name) {
    if (sql.update("DELETE FROM app_user WHERE name = ?", name) == 0) {
      throw AttacheException.notFound("No user named '" + name + "'");
    }
  }

  /**
   * Gives a user another role; their sessions keep going with it.
   *
   * @throws AttacheException (not found) naming an unknown user
   */
  public User setRole(String name, UserRole role) {
    if (sql.update("UPDATE app_user SET role = ? WHERE name = ?", role.code(), name) == 0) {
      throw AttacheException.notFound("No user named '" + name + "'");
    }
    return find(name).orElseThrow();
  }

  /**
   * Says which organisation or state a user acts for, or none.
   *
   * @throws AttacheException (not found) naming an unknown user; bad input for a party not a code
   */
  public User setActsFor(String name, Optional<String> actsFor) {
    actsFor.ifPresent(User::checkParty);
    if (sql.update("UPDATE app_user SET acts_for = ? WHERE name = ?", actsFor.orElse(null), name)
        == 0) {
      throw AttacheException.notFound("No user named '" + name + "'");
    }
    return find(name).orElseThrow();
  }

  /** Every user, by name. */
  public List<User> list() {
    return sql.list("SELECT name, role, acts_for FROM app_user ORDER BY name", Users::user);
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
    Optional<Stored> stored =
        sql.one(
            "SELECT name, role, acts_for, password_hash FROM app_user WHERE name = ?",
            row -> new Stored(user(row), row.text("password_hash")),
            name);
    boolean right = Passwords.matches(password, stored.map(Stored::hash).orElse(DUMMY));
    if (stored.isEmpty() || !right) {
      return Optional.empty();
    }
    String token = Tokens.random();
    String csrf = Tokens.random();
    sql.update(
        "INSERT INTO app_session (token_hash, user_name, csrf_token, expires_at) VALUES (?, ?, ?, ?)",
        Tokens.sha256(token),
        name,
        csrf,
        Timestamp.from(Instant.now().plus(SESSION_LIFETIME)));
    sql.update("DELETE FROM app_session WHERE expires_at < now()");
    return Optional.of(new Session(token, new SignedIn(stored.get().user(), csrf)));
  }

  /** The session a cookie's token opens, if it is known and has not expired. */
  public Optional<SignedIn> session(String token) {
    return sessions.one(
        "SELECT u.name, u.role, u.acts_for, s.csrf_token FROM app_session s"
            + " JOIN app_user u ON u.name = s.user_name"
            + " WHERE s.token_hash = ? AND s.expires_at > now()",
        row -> new SignedIn(user(row), row.text("csrf_token")),
        Tokens.sha256(token));
  }

  /** Ends a session. */
  public void signOut(String token) {
    sql.update("DELETE FROM app_session WHERE token_hash = ?", Tokens.sha256(token));
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

  private static User user(Sql.Row row) throws SQLException {
    return new User(
        row.text("name"), UserRole.parse(row.text("role")), row.optionalText("acts_for"));
  }

  /** A user as stored, with their password's hash. */
  private record Stored(User user, String hash) {}
}
