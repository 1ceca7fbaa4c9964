package org.attache.store.watch;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.error.AttacheException;
import org.attache.store.Database;
import org.attache.store.query.Sql;

/**
 * The digest e-mails of what arrived for each user: where and how often each user wants one, the
 * digests due, and what the SMTP server made of each.
 */
public final class DigestQueue {
  /** The most times a digest is handed to the SMTP server. */
  public static final int TRIES = 3;

  private final Sql sql;

  public DigestQueue(Sql sql) {
    this.sql = requireNonNull(sql, "sql is null");
  }

  public DigestQueue(Database database) {
    this(new Sql(requireNonNull(database, "database is null")));
  }

  /** A user's digest: where it goes and every how many hours, if they asked for one. */
  public Optional<DigestSetting> digest(String user) {
    return sql.one(
        "SELECT email, digest_hours FROM watcher WHERE user_name = ? AND email IS NOT NULL",
        row -> new DigestSetting(row.text("email"), row.integer("digest_hours")),
        user);
  }

  /**
   * Sends a user a digest of what arrived every so many hours, from now on; or, given none, stops.
   *
   * @throws AttacheException (bad input) for an address or interval that is wrong
   */
  public void setDigest(String user, Optional<DigestSetting> setting) {
    Watchlists.watcher(sql, user);
    sql.update(
        "UPDATE watcher SET email = ?, digest_hours = ?, last_digest_at = now()"
            + " WHERE user_name = ?",
        setting.map(DigestSetting::email).orElse(null),
        setting.map(DigestSetting::hours).orElse(null),
        user);
  }

  /**
   * Takes the digests due now, each in one transaction that records it as being sent and moves its
   * user's last digest on: users whose interval has passed since their last digest and to whom
   * something arrived meanwhile (when nothing did, the time moves on and nothing is sent), and the
   * digests that the SMTP server refused before, up to three tries. Taken digests are not taken
   * again unless {@link #digestFailed} says so: a crash after taking one sends it never rather than
   * twice.
   *
   * @param now the time: the end of the digests taken
   */
  public List<Digest> takeDueDigests(Instant now) {
    Timestamp at = Timestamp.from(now);
    List<Digest> taken = new ArrayList<>();
    for (String user :
        sql.list(
            "SELECT user_name FROM watcher WHERE email IS NOT NULL AND digest_hours IS NOT NULL"
                + " AND last_digest_at + make_interval(hours => digest_hours) <= ?"
                + " ORDER BY user_name",
            row -> row.text("user_name"),
            at)) {
      sql.transaction("take the digest of " + user, s -> take(s, user, at)).ifPresent(taken::add);
    }
    for (long failed :
        sql.ids(
            "SELECT id FROM digest WHERE state = 'failed' AND attempts < ? ORDER BY id", TRIES)) {
      sql.transaction("try digest " + failed + " again", s -> retry(s, failed))
          .ifPresent(taken::add);
    }
    return taken;
  }

  private static Optional<Digest> take(Sql.Statements s, String user, Timestamp now)
      throws SQLException {
    record Due(String email, Instant since, Instant until) {}
    Optional<Due> found =
        s.one(
            "SELECT email, last_digest_at FROM watcher WHERE user_name = ?"
                + " AND email IS NOT NULL AND digest_hours IS NOT NULL"
                + " AND last_digest_at + make_interval(hours => digest_hours) <= ?"
                + " FOR UPDATE SKIP LOCKED",
            row -> new Due(row.text("email"), row.instant("last_digest_at"), now.toInstant()),
            user,
            now);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Due d = found.get();
    List<WatchNews> news = news(s, user, d.since(), d.until());
    s.update(
        "UPDATE watcher SET last_digest_at = ? WHERE user_name = ?",
        Timestamp.from(d.until()),
        user);
    if (news.isEmpty()) {
      return Optional.empty();
    }
    long id =
        s.firstId(
                "INSERT INTO digest (user_name, email, since, until, state)"
                    + " VALUES (?, ?, ?, ?, 'sending') RETURNING id",
                user,
                d.email(),
                Timestamp.from(d.since()),
                Timestamp.from(d.until()))
            .orElseThrow();
    return Optional.of(new Digest(id, user, d.email(), d.since(), d.until(), news));
  }

  private static Optional<Digest> retry(Sql.Statements s, long id) throws SQLException {
    record Failed(String user, String email, Instant since, Instant until) {}
    Optional<Failed> found =
        s.one(
            "UPDATE digest SET state = 'sending', attempts = attempts + 1, error = NULL"
                + " WHERE id = ? AND state = 'failed' RETURNING user_name, email, since, until",
            row ->
                new Failed(
                    row.text("user_name"),
                    row.text("email"),
                    row.instant("since"),
                    row.instant("until")),
            id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Failed f = found.get();
    List<WatchNews> news = news(s, f.user(), f.since(), f.until());
    return Optional.of(new Digest(id, f.user(), f.email(), f.since(), f.until(), news));
  }

  /** Records that the SMTP server took a digest. */
  public void digestSent(Digest digest) {
    sql.update("UPDATE digest SET state = 'sent', sent_at = now() WHERE id = ?", digest.id());
  }

  /** Records that the SMTP server refused a digest, and why: it is tried again later. */
  public void digestFailed(Digest digest, String error) {
    sql.update(
        "UPDATE digest SET state = 'failed', error = ? WHERE id = ?",
        error.length() > 2_000 ? error.substring(0, 2_000) : error,
        digest.id());
  }

  /** The digests recorded for a user, oldest first: their state and what they covered. */
  public List<DigestRecord> digests(String user) {
    return sql.list(
        "SELECT id, since, until, state, attempts, error FROM digest WHERE user_name = ?"
            + " ORDER BY id",
        row ->
            new DigestRecord(
                row.number("id"),
                row.instant("since"),
                row.instant("until"),
                row.text("state"),
                row.integer("attempts"),
                row.optionalText("error")),
        user);
  }

  /**
   * What arrived for each of a user's watches in a time, the watches to which nothing did left out.
   */
  private static List<WatchNews> news(Sql.Statements s, String user, Instant since, Instant until)
      throws SQLException {
    List<WatchNews> news = new ArrayList<>();
    for (Watch watch : Watchlists.watches(s, user)) {
      WatchNews n = Watchlists.news(s, watch, since, until);
      if (!n.arrivals().isEmpty()) {
        news.add(n);
      }
    }
    return news;
  }
}
