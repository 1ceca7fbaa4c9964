package org.attache.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.attache.server.http.ApiException;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
  private static final Instant START = Instant.parse("2025-03-04T10:00:00Z");

  /** A clock that the test moves. */
  private static final class TestingClock extends Clock {
    private Instant now = START;

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private final TestingClock clock = new TestingClock();
  private final SignInThrottle throttle = new SignInThrottle(5, Duration.ofMinutes(15), clock);

  private ApiException refused(String account, String address) {
    try {
      throttle.check(account, address);
    } catch (ApiException e) {
      return e;
    }
    throw new AssertionError("Not refused: " + account + " from " + address);
  }

  @Test
  void theSixthAttemptWaitsUntilTheFirstFailureIsFifteenMinutesOld() {
    for (int i = 0; i < 5; i++) {
      throttle.check("ana", "10.0.0." + i);
      throttle.failed("ana", "10.0.0." + i);
      clock.advance(Duration.ofMinutes(1));
    }
    // Five failures at minutes 0 to 4; now is minute 5.
    ApiException e = refused("ana", "10.0.0.9");
    assertThat(e.status()).isEqualTo(429);
    assertThat(e.word()).isEqualTo("throttled");
    assertThat(e.retryAfter()).contains(Duration.ofMinutes(10));
    assertThat(e.getMessage())
        .isEqualTo(
            "Too many failed sign-ins for this account or from this address: try again in 10"
                + " minutes");
    assertThat(refused("ANA", "10.0.0.9").retryAfter()).contains(Duration.ofMinutes(10));
    clock.advance(Duration.ofMinutes(10).minusSeconds(1));
    assertThat(refused("ana", "10.0.0.9").getMessage()).endsWith("try again in 1 second");
    clock.advance(Duration.ofSeconds(1));
    throttle.check("ana", "10.0.0.9");
  }

  @Test
  void anAddressThatFailedOnManyAccountsWaits() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("user" + i, "192.0.2.1");
    }
    assertThat(refused("ana", "192.0.2.1").retryAfter()).contains(Duration.ofMinutes(15));
    throttle.check("ana", "192.0.2.2");
  }

  @Test
  void aRightPasswordClearsItsAccountButNotItsAddress() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("ana", "192.0.2.1");
    }
    throttle.succeeded("ana");
    throttle.failed("ana", "192.0.2.9");
    throttle.check("ana", "192.0.2.9");
    throttle.failed("bob", "192.0.2.1");
    assertThat(refused("carl", "192.0.2.1").status()).isEqualTo(429);
  }

  @Test
  void theWaitIsTheLongerOfAccountAndAddress() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("ana", "192.0.2." + i);
    }
    clock.advance(Duration.ofMinutes(5));
    for (int i = 0; i < 5; i++) {
      throttle.failed("bob" + i, "198.51.100.1");
    }
    assertThat(refused("ana", "198.51.100.1").retryAfter()).contains(Duration.ofMinutes(15));
    assertThat(refused("ana", "198.51.100.2").retryAfter()).contains(Duration.ofMinutes(10));
  }

  @Test
  void aFailureAfterTheWindowStartsAfresh() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("ana", "192.0.2.1");
    }
    clock.advance(Duration.ofMinutes(15));
    throttle.check("ana", "192.0.2.1");
    throttle.failed("ana", "192.0.2.1");
    throttle.check("ana", "192.0.2.1");
  }

  @Test
  void nonsenseSettingsAreRefused() {
    assertThatThrownBy(() -> new SignInThrottle(0, Duration.ofMinutes(1), clock))
        .hasMessage("The failures allowed must be at least 1: 0");
    assertThatThrownBy(() -> new SignInThrottle(5, Duration.ZERO, clock))
        .hasMessage("The window must be positive: PT0S");
  }
}
