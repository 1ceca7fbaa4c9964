package org.attache.server.http;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import org.attache.model.error.AttacheException;
import org.attache.model.error.ErrorCode;

/**
 * A request that cannot be answered, with its {@link ErrorCode}, HTTP status and the word the
 * answer's {@code code} carries: becomes {@code { "code", "message" }}. Its message is meant for
 * the client, so it never holds what only the server should know (a database's message, a stack
 * trace); such failures are logged and answered with their log id.
 */
public final class ApiException extends AttacheException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String word;
  private final Optional<Duration> retryAfter;

  private ApiException(
      ErrorCode code, int status, String word, String message, Optional<Duration> retryAfter) {
    super(code, message);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("Not an error status: " + status);
    }
    this.status = status;
    this.word = requireNonNull(word, "word is null");
    this.retryAfter = requireNonNull(retryAfter, "retryAfter is null");
  }

  private static ApiException of(ErrorCode code, int status, String word, String message) {
    return new ApiException(code, status, word, message, Optional.empty());
  }

  /** An error of HTTP itself that no other factory names: 414, 431 and the like. */
  public static ApiException http(int status, String word, String message) {
    return of(status >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_INPUT, status, word, message);
  }

  /**
   * An answer of a code, status and word: a failure of the server, whose message holds only the id
   * it is logged under, or a {@link Refusal}.
   */
  public static ApiException logged(ErrorCode code, int status, String word, String message) {
    return of(code, status, word, message);
  }

  /** Too many attempts: the client may try again after {@code retryAfter}. */
  public static ApiException throttled(String message, Duration retryAfter) {
    return new ApiException(
        ErrorCode.UNAUTHORISED, 429, "throttled", message, Optional.of(retryAfter));
  }

  /** The server cannot take the request now: the client may try again after {@code retryAfter}. */
  public static ApiException busy(String message, Duration retryAfter) {
    return new ApiException(ErrorCode.UNAVAILABLE, 503, "busy", message, Optional.of(retryAfter));
  }

  /**
   * The answer for an error of the model's codes that carries a message for the client: bad input
   * 400, not found 404, conflict 409, unauthorised 403. Unavailable and internal failures are
   * logged instead (see {@link Failures}).
   */
  public static ApiException of(AttacheException e) {
    if (e instanceof ApiException api) {
      return api;
    }
    return switch (e.code()) {
      case BAD_INPUT -> Refusal.BAD_REQUEST.because(e.getMessage());
      case NOT_FOUND -> Refusal.NOT_FOUND.because(e.getMessage());
      case CONFLICT -> Refusal.CONFLICT.because(e.getMessage());
      case UNAUTHORISED -> Refusal.FORBIDDEN.because(e.getMessage());
      case UNAVAILABLE, INTERNAL ->
          throw new IllegalArgumentException("A " + e.code().label() + " failure is logged");
    };
  }

  public int status() {
    return status;
  }

  /** The word of the answer's {@code code}: {@code bad_request}, {@code not_found}, ... */
  public String word() {
    return word;
  }

  /** When the client may try again, for a {@code Retry-After} header. */
  public Optional<Duration> retryAfter() {
    return retryAfter;
  }
}
