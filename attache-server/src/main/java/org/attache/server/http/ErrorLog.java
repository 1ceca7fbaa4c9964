package org.attache.server.http;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs a failure that only the server should see in full, under a short random id that the client
 * is given instead, so that an operator can find it.
 */
public final class ErrorLog {
  private static final SecureRandom RANDOM = new SecureRandom();

  private ErrorLog() {}

  /**
   * Logs a failure with its stack trace.
   *
   * @param what what failed ("GET /api/events")
   * @return the id the log line carries: 12 hex digits
   */
  public static String log(Logger log, Level level, String what, Throwable failure) {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    String id = HexFormat.of().formatHex(bytes);
    log.log(level, "error " + id + ": " + what, failure);
    return id;
  }
}
