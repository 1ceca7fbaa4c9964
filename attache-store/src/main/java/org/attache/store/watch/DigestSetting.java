package org.attache.store.watch;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.attache.model.error.AttacheException;

/**
 * Where a user's digest goes and how often.
 *
 * @param email an e-mail address
 * @param hours every how many hours: 1 to 744 (a month)
 */
public record DigestSetting(String email, int hours) {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");

  /** The longest interval: a month of 31 days. */
  public static final int MOST_HOURS = 24 * 31;

  /**
   * @throws AttacheException (bad input) for an address or an interval that is wrong
   */
  public DigestSetting {
    requireNonNull(email, "email is null");
    if (!EMAIL.matcher(email).matches()) {
      throw AttacheException.badInput("Not an e-mail address: '" + email + "'");
    }
    if (hours < 1 || hours > MOST_HOURS) {
      throw AttacheException.badInput(
          "A digest comes every 1 to " + MOST_HOURS + " hours, not every " + hours);
    }
  }
}
