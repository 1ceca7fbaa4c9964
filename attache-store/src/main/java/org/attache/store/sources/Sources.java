package org.attache.store.sources;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.error.AttacheException;
import org.attache.store.Database;
import org.attache.store.query.Sql;

/**
 * The sources the store is fed from, and what their polls learnt. Several pollers may share the
 * store: a source is claimed for a while before it is polled, so that two never poll it at once.
 */
public final class Sources {
  /** How long a claimed source is left to its poller before another may take it. */
  static final Duration LEASE = Duration.ofMinutes(5);

  /** The longest a failing source is put off, unless its own interval is longer. */
  static final Duration LONGEST_BACK_OFF = Duration.ofDays(1);

  private static final String COLUMNS =
      "s.id, s.url, s.kind, s.publisher, s.language, s.interval_seconds, s.item_pattern,"
          + " s.last_polled_at, s.last_success_at, s.etag, s.last_modified, s.last_error,"
          + " s.failures, s.next_due_at,"
          + " (SELECT count(*) FROM source_item i WHERE i.source_id = s.id) AS items,"
          + " (SELECT count(*) FROM source_item i WHERE i.source_id = s.id"
          + " AND i.document_id IS NOT NULL) AS documents";

  private final Sql sql;

  public Sources(Database database) {
    this.sql = new Sql(requireNonNull(database, "database is null"));
  }

  /**
   * Adds a source, due at once. (A source stored already is looked for first, so that a refused one
   * uses up no number.)
   *
   * @throws AttacheException (conflict) when a source of that address is stored already
   */
  public Source add(NewSource source) {
    requireNonNull(source, "source is null");
    Optional<Long> id =
        sql.transaction(
            "add the source " + source.url(),
            s ->
                s.count("SELECT count(*) FROM source WHERE url = ?", source.url()) > 0
                    ? Optional.<Long>empty()
                    : s.firstId(
                        "INSERT INTO source (url, kind, publisher, language, interval_seconds,"
                            + " item_pattern) VALUES (?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (url) DO NOTHING RETURNING id",
                        source.url(),
                        source.kind().code(),
                        source.publisher(),
                        source.language(),
                        (int) source.interval().toSeconds(),
                        source.itemPattern().orElse(null)));
    return find(
        id.orElseThrow(
            () -> AttacheException.conflict("There is a source at " + source.url() + " already")));
  }

  /**
   * Removes a source, named by its number or its address, with what is known of its items (the
   * documents stay).
   *
   * @throws AttacheException (not found) when no source is so named
   */
  public Source remove(String numberOrUrl) {
    Source source = named(numberOrUrl);
    sql.update("DELETE FROM source WHERE id = ?", source.id());
    return source;
  }

  /** The source a number or an address names. */
  public Source named(String numberOrUrl) {
    String name = numberOrUrl.strip();
    Optional<Source> found =
        name.matches("\\d{1,18}")
            ? sql.one(
                "SELECT " + COLUMNS + " FROM source s WHERE s.id = ?",
                Sources::source,
                Long.parseLong(name))
            : sql.one(
                "SELECT " + COLUMNS + " FROM source s WHERE s.url = ?", Sources::source, name);
    return found.orElseThrow(() -> AttacheException.notFound("No source '" + name + "'"));
  }

  /** A source by number. */
  public Source find(long id) {
    return named(Long.toString(id));
  }

  /** Every source, by number. */
  public List<Source> list() {
    return sql.list("SELECT " + COLUMNS + " FROM source s ORDER BY s.id", Sources::source);
  }

  /** The number of sources. */
  public long count() {
    return sql.count("SELECT count(*) FROM source");
  }

  /**
   * Claims the sources due now, or every source, for {@link #LEASE}: they are not due again before
   * their poll is {@linkplain #finish finished} or the lease runs out.
   *
   * @param all claim every source not claimed by another poller, due or not
   */
  public List<Source> claimDue(boolean all) {
    List<Long> ids =
        sql.transaction(
            "claim the sources due",
            s ->
                s.ids(
                    "UPDATE source SET next_due_at = now() + make_interval(secs => ?)"
                        + " WHERE id IN (SELECT id FROM source"
                        + " WHERE ? OR next_due_at <= now()"
                        + " ORDER BY next_due_at, id FOR UPDATE SKIP LOCKED) RETURNING id",
                    (double) LEASE.toSeconds(),
                    all));
    List<Source> claimed = new ArrayList<>();
    for (long id : ids.stream().sorted().toList()) {
      claimed.add(find(id));
    }
    return claimed;
  }

  /** How long until the next source is due; empty when there is none. */
  public Optional<Duration> untilNextDue() {
    return sql.one(
        "SELECT greatest(0, extract(epoch FROM min(next_due_at) - now()) * 1000)::bigint AS ms"
            + " FROM source HAVING count(*) > 0",
        row -> Duration.ofMillis(row.number("ms")));
  }

  /**
   * Keeps what a poll learnt and sets when the source is next due: after its interval when the poll
   * succeeded; when it failed, after the Retry-After the site asked for (or the interval, if
   * longer), and without one after the interval doubled for each failure in a row (at most {@link
   * #LONGEST_BACK_OFF}).
   */
  public void finish(long sourceId, PollReport report) {
    double retryAfter = report.retryAfter().map(d -> (double) d.toSeconds()).orElse(0.0);
    if (report.succeeded()) {
      sql.update(
          "UPDATE source SET last_polled_at = now(), last_success_at = now(), failures = 0,"
              + " last_error = ?, etag = ?, last_modified = ?,"
              + " next_due_at = now() + make_interval(secs => greatest(?, interval_seconds))"
              + " WHERE id = ?",
          report.itemFailure().orElse(null),
          report.etag().orElse(null),
          report.lastModified().orElse(null),
          retryAfter,
          sourceId);
    } else {
      sql.update(
          "UPDATE source SET last_polled_at = now(), failures = failures + 1, last_error = ?,"
              + " next_due_at = now() + make_interval(secs => CASE WHEN ? > 0"
              + " THEN greatest(?, interval_seconds)"
              + " ELSE least(greatest(?, interval_seconds), interval_seconds::float8"
              + " * power(2, least(failures + 1, 20))) END)"
              + " WHERE id = ?",
          report.failure().orElseThrow(),
          retryAfter,
          retryAfter,
          (double) LONGEST_BACK_OFF.toSeconds(),
          sourceId);
    }
  }

  private static Source source(Sql.Row row) throws SQLException {
    NewSource spec =
        new NewSource(
            row.text("url"),
            SourceKind.parse(row.text("kind")),
            row.text("publisher"),
            row.text("language"),
            Duration.ofSeconds(row.integer("interval_seconds")),
            row.optionalText("item_pattern"));
    return new Source(
        row.number("id"),
        spec,
        row.optionalInstant("last_polled_at"),
        row.optionalInstant("last_success_at"),
        row.optionalText("etag"),
        row.optionalText("last_modified"),
        row.optionalText("last_error"),
        row.integer("failures"),
        row.instant("next_due_at"),
        row.number("items"),
        row.number("documents"));
  }
}
