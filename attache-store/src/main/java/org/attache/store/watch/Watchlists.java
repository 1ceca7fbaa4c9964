package org.attache.store.watch;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.attache.model.error.AttacheException;
import org.attache.store.Database;
import org.attache.store.query.Sql;
import org.attache.store.users.Tokens;

/**
 * What each user follows and how they hear of it: their watches, what arrived for them since their
 * last visit and the token of their Atom feeds (only its SHA-256 is kept). Their digest e-mails are
 * {@link DigestQueue}'s.
 */
public final class Watchlists {
  private static final Pattern ACTOR = Pattern.compile("(person|organisation):\\d{1,18}");
  private static final Pattern AREA = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /** The most arrivals one list gives. */
  public static final int MOST = 500;

  private final Sql sql;

  public Watchlists(Sql sql) {
    this.sql = requireNonNull(sql, "sql is null");
  }

  public Watchlists(Database database) {
    this(new Sql(requireNonNull(database, "database is null")));
  }

  /**
   * Follows something, or finds it followed already.
   *
   * @throws AttacheException (bad input) for a subject that is not of its kind; (not found) for an
   *     actor or a plan the store does not hold
   */
  public Watch follow(String user, WatchKind kind, String subject) {
    String normal = normal(kind, subject);
    String label = label(kind, normal);
    sql.update(
        "INSERT INTO watch (user_name, kind, subject, label) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (user_name, kind, subject) DO NOTHING",
        user,
        kind.code(),
        normal,
        label);
    watcher(user);
    return list(user).stream()
        .filter(w -> w.kind() == kind && w.subject().equals(normal))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Stops following.
   *
   * @throws AttacheException (not found) when the user follows nothing of that number
   */
  public void unfollow(String user, long watchId) {
    if (sql.update("DELETE FROM watch WHERE id = ? AND user_name = ?", watchId, user) == 0) {
      throw AttacheException.notFound("You follow nothing numbered " + watchId);
    }
  }

  /** What a user follows, oldest first. */
  public List<Watch> list(String user) {
    return sql.list(
        "SELECT id, user_name, kind, subject, label, created_at FROM watch WHERE user_name = ?"
            + " ORDER BY id",
        Watchlists::watch,
        user);
  }

  /** A watch of a user's. */
  public Optional<Watch> find(String user, long watchId) {
    return list(user).stream().filter(w -> w.id() == watchId).findFirst();
  }

  /**
   * What arrived for each of a user's watches since their last visit: since they last marked what
   * was new as seen, or since they first followed anything; at most {@value #MOST} of each. Reading
   * changes nothing.
   */
  public WhatsNew whatsNew(String user) {
    return whatsNew(user, MOST);
  }

  /**
   * The first page of what arrived for each of a user's watches since their last visit: at most
   * {@code limit} of each, the newest, and whether more arrived. Reading changes nothing.
   */
  public WhatsNew whatsNew(String user, int limit) {
    requireLimit(limit);
    return sql.snapshot(
        "read what is new for " + user,
        s -> {
          Instant now = now(s);
          Instant since = since(s, user, now);
          List<WatchNews> news = new ArrayList<>();
          for (Watch watch : watches(s, user)) {
            news.add(news(s, watch, since, now, 0, limit));
          }
          return new WhatsNew(since, now, news);
        });
  }

  /**
   * A further page of what arrived for one of a user's watches between their last visit and {@code
   * until} (the time the first page was read, so that what arrives meanwhile does not shift the
   * pages; a time to come counts as now): {@code limit} arrivals after the first {@code offset},
   * newest first. Reading changes nothing.
   *
   * @throws AttacheException (not found) when the user follows nothing of that number
   */
  public WhatsNew whatsNew(String user, long watchId, Instant until, int offset, int limit) {
    requireNonNull(until, "until is null");
    requireLimit(limit);
    if (offset < 0) {
      throw AttacheException.badInput("An offset is 0 or more, not " + offset);
    }
    return sql.snapshot(
        "read what is new for " + user + " in watch " + watchId,
        s -> {
          Instant now = now(s);
          Instant end = until.isAfter(now) ? now : until;
          Instant since = since(s, user, now);
          Watch watch =
              watches(s, user).stream()
                  .filter(w -> w.id() == watchId)
                  .findFirst()
                  .orElseThrow(
                      () -> AttacheException.notFound("You follow nothing numbered " + watchId));
          return new WhatsNew(since, end, List.of(news(s, watch, since, end, offset, limit)));
        });
  }

  private static void requireLimit(int limit) {
    if (limit < 1 || limit > MOST) {
      throw AttacheException.badInput(
          "A page of what is new holds 1 to " + MOST + " arrivals, not " + limit);
    }
  }

  private static Instant now(Sql.Statements s) throws SQLException {
    return s.one("SELECT now() AS now", row -> row.instant("now")).orElseThrow();
  }

  /** The user's last visit, or {@code now} when they have none. */
  private static Instant since(Sql.Statements s, String user, Instant now) throws SQLException {
    return s.one(
            "SELECT last_visit_at FROM watcher WHERE user_name = ?",
            row -> row.optionalInstant("last_visit_at").orElse(now),
            user)
        .orElse(now);
  }

  /**
   * Marks what was new until a time as seen: the next look starts there. A time before the last
   * visit leaves it.
   */
  public void seen(String user, Instant until) {
    watcher(user);
    sql.update(
        "UPDATE watcher SET last_visit_at = greatest(last_visit_at, ?) WHERE user_name = ?",
        Timestamp.from(until),
        user);
  }

  /**
   * What arrived for one watch between two times, newest first, at most {@value #MOST}: what its
   * Atom feed lists, from when it was followed.
   */
  public WatchNews news(Watch watch, Instant since, Instant until) {
    return sql.snapshot(
        "read what arrived for watch " + watch.id(), s -> news(s, watch, since, until));
  }

  static WatchNews news(Sql.Statements s, Watch watch, Instant since, Instant until)
      throws SQLException {
    return news(s, watch, since, until, 0, MOST);
  }

  /** {@code limit} arrivals after the first {@code offset}, and whether more follow. */
  private static WatchNews news(
      Sql.Statements s, Watch watch, Instant since, Instant until, int offset, int limit)
      throws SQLException {
    List<Arrival> found = Arrivals.of(s, watch, since, until, offset, limit + 1);
    return found.size() > limit
        ? new WatchNews(watch, found.subList(0, limit), true)
        : new WatchNews(watch, found, false);
  }

  /**
   * Issues a new token for a user's Atom feeds; the one before stops working. Only its SHA-256 is
   * kept: the token is shown once.
   */
  public String issueFeedToken(String user) {
    String token = Tokens.random();
    watcher(user);
    sql.update(
        "UPDATE watcher SET feed_token_hash = ? WHERE user_name = ?", Tokens.sha256(token), user);
    return token;
  }

  /** The user a feed token belongs to, if it is a current one. */
  public Optional<String> userOfFeedToken(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return sql.one(
        "SELECT user_name FROM watcher WHERE feed_token_hash = ?",
        row -> row.text("user_name"),
        Tokens.sha256(token));
  }

  static List<Watch> watches(Sql.Statements s, String user) throws SQLException {
    return s.list(
        "SELECT id, user_name, kind, subject, label, created_at FROM watch WHERE user_name = ?"
            + " ORDER BY id",
        Watchlists::watch,
        user);
  }

  private void watcher(String user) {
    watcher(sql, user);
  }

  /** Makes a user a watcher, with their last visit now, unless they are one already. */
  static void watcher(Sql sql, String user) {
    sql.update(
        "INSERT INTO watcher (user_name, last_visit_at) VALUES (?, now())"
            + " ON CONFLICT (user_name) DO NOTHING",
        user);
  }

  private static String normal(WatchKind kind, String subject) {
    String s = subject.strip().replaceAll("\\s+", " ");
    boolean fits =
        switch (kind) {
          case ACTOR -> ACTOR.matcher(s).matches();
          case PAIR -> {
            String[] two = s.split(" ");
            yield two.length == 2
                && ACTOR.matcher(two[0]).matches()
                && ACTOR.matcher(two[1]).matches()
                && !two[0].equals(two[1]);
          }
          case AREA -> AREA.matcher(s).matches();
          case PLAN -> s.matches("\\d{1,18}");
          case SEARCH -> !s.isEmpty() && s.length() <= 200;
        };
    if (!fits) {
      throw AttacheException.badInput(
          switch (kind) {
            case ACTOR -> "An actor is person:N or organisation:N, not '" + subject + "'";
            case PAIR -> "A pair is two different actors apart by a space, not '" + subject + "'";
            case AREA -> "An area is a code such as trade, not '" + subject + "'";
            case PLAN -> "A plan is named by its number, not '" + subject + "'";
            case SEARCH -> "A search has 1 to 200 characters";
          });
    }
    if (kind == WatchKind.PAIR) {
      String[] two = s.split(" ");
      return two[0].compareTo(two[1]) <= 0 ? two[0] + " " + two[1] : two[1] + " " + two[0];
    }
    return s;
  }

  private String label(WatchKind kind, String subject) {
    return switch (kind) {
      case ACTOR -> actorName(subject);
      case PAIR -> {
        String[] two = subject.split(" ");
        yield actorName(two[0]) + " and " + actorName(two[1]);
      }
      case AREA -> "Area: " + subject;
      case PLAN ->
          sql.one(
                  "SELECT coalesce(current_value('event', e.id, 'title'), 'Plan ' || e.id) AS t"
                      + " FROM event e WHERE e.id = ? AND e.type = 'plan'",
                  row -> row.text("t"),
                  Long.parseLong(subject))
              .orElseThrow(() -> AttacheException.notFound("No plan numbered " + subject));
      case SEARCH -> "Search: " + subject;
    };
  }

  private String actorName(String actor) {
    return sql.one("SELECT name FROM actor_view WHERE actor = ?", row -> row.text("name"), actor)
        .orElseThrow(() -> AttacheException.notFound("No actor '" + actor + "'"));
  }

  private static Watch watch(Sql.Row row) throws SQLException {
    return new Watch(
        row.number("id"),
        row.text("user_name"),
        WatchKind.parse(row.text("kind")),
        row.text("subject"),
        row.text("label"),
        row.instant("created_at"));
  }
}
