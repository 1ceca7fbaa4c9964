package org.attache.server.auth;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attache.server.http.ApiException;

/**
 * Slows password guessing: after {@code limit} failed sign-ins within {@code window} on one
 * account, or from one address, further attempts on it are refused, right password or not, until
 * the oldest of those failures is {@code window} old. A success clears its account's failures, not
 * its address's. Kept in memory: a restart forgets it.
 *
 * <p>At most {@value #MAX_KEYS} accounts and addresses are followed; past that, those whose last
 * failure is oldest are forgotten first.
 */
public final class SignInThrottle {
  static final int MAX_KEYS = 10_000;

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();

  /**
   * @param limit failures allowed within the window before attempts are refused
   */
  public SignInThrottle(int limit, Duration window, Clock clock) {
    if (limit < 1) {
      throw new IllegalArgumentException("The failures allowed must be at least 1: " + limit);
    }
    requireNonNull(window, "window is null");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("The window must be positive: " + window);
    }
    this.limit = limit;
    this.window = window;
    this.clock = requireNonNull(clock, "clock is null");
  }

  /** Five failures in fifteen minutes. */
  public static SignInThrottle standard() {
    return new SignInThrottle(5, Duration.ofMinutes(15), Clock.systemUTC());
  }

  /**
   * Refuses an attempt on an account, or from an address, that failed too often of late.
   *
   * @throws ApiException 429 with the time until the next attempt may be made
   */
  public synchronized void check(String account, String address) {
    Instant now = clock.instant();
    Optional<Duration> onAccount = waitFor(accountKey(account), now);
    Optional<Duration> fromAddress = waitFor(addressKey(address), now);
    Optional<Duration> wait =
        onAccount.isEmpty()
                || (fromAddress.isPresent() && fromAddress.get().compareTo(onAccount.get()) > 0)
            ? fromAddress
            : onAccount;
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      throw ApiException.throttled(
          "Too many failed sign-ins for this account or from this address: try again in "
              + minutes(seconds),
          Duration.ofSeconds(seconds));
    }
  }

  /** Counts a failed attempt against the account and the address. */
  public synchronized void failed(String account, String address) {
    Instant now = clock.instant();
    add(accountKey(account), now);
    add(addressKey(address), now);
  }

  /** Forgets the account's failures after a right password. */
  public synchronized void succeeded(String account) {
    failures.remove(accountKey(account));
  }

  private Optional<Duration> waitFor(String key, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Optional.empty();
    }
    prune(times, now);
    if (times.isEmpty()) {
      failures.remove(key);
      return Optional.empty();
    }
    if (times.size() < limit) {
      return Optional.empty();
    }
    // The attempt after the limit may be made when all but limit - 1 failures have left the
    // window: the oldest of the last limit failures.
    Iterator<Instant> newest = times.descendingIterator();
    Instant deciding = newest.next();
    for (int i = 1; i < limit; i++) {
      deciding = newest.next();
    }
    return Optional.of(Duration.between(now, deciding.plus(window)));
  }

  private void add(String key, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      if (failures.size() >= MAX_KEYS) {
        evict(now);
      }
      times = new ArrayDeque<>();
      failures.put(key, times);
    }
    prune(times, now);
    times.addLast(now);
    while (times.size() > limit) {
      times.removeFirst();
    }
  }

  private void prune(Deque<Instant> times, Instant now) {
    Instant oldest = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
      times.removeFirst();
    }
  }

  private void evict(Instant now) {
    failures.values().forEach(times -> prune(times, now));
    failures.values().removeIf(Deque::isEmpty);
    while (failures.size() >= MAX_KEYS) {
      String stalest = null;
      Instant last = Instant.MAX;
      for (Map.Entry<String, Deque<Instant>> e : failures.entrySet()) {
        if (e.getValue().peekLast().isBefore(last)) {
          last = e.getValue().peekLast();
          stalest = e.getKey();
        }
      }
      failures.remove(stalest);
    }
  }

  private static String accountKey(String account) {
    return "account " + account.toLowerCase(Locale.ROOT);
  }

  private static String addressKey(String address) {
    return "address " + address;
  }

  private static String minutes(long seconds) {
    if (seconds < 60) {
      return seconds + (seconds == 1 ? " second" : " seconds");
    }
    long minutes = (seconds + 59) / 60;
    return minutes + (minutes == 1 ? " minute" : " minutes");
  }
}
