package org.attache.server.http;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * A request that cannot be answered: becomes {@code { "code", "message" }} with its HTTP status.
 * Its message is meant for the client, so it never holds what only the server should know (a
 * database's message, a stack trace); such failures are logged and answered with their log id.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final Optional<Duration> retryAfter;

  public ApiException(int status, String code, String message) {
    this(status, code, message, Optional.empty());
  }

  private ApiException(int status, String code, String message, Optional<Duration> retryAfter) {
    super(requireNonNull(message, "message is null"));
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("Not an error status: " + status);
    }
    this.status = status;
    this.code = requireNonNull(code, "code is null");
    this.retryAfter = requireNonNull(retryAfter, "retryAfter is null");
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, "bad_request", message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message);
  }

  public static ApiException unauthenticated(String message) {
    return new ApiException(401, "unauthenticated", message);
  }

  public static ApiException forbidden(String message) {
    return new ApiException(403, "forbidden", message);
  }

  public static ApiException csrf(String message) {
    return new ApiException(403, "csrf", message);
  }

  /** A request whose Host header names a site this server does not serve. */
  public static ApiException host(String message) {
    return new ApiException(403, "host", message);
  }

  public static ApiException methodNotAllowed(String message) {
    return new ApiException(405, "method_not_allowed", message);
  }

  /** A request that the resource's state does not allow: cancelling a finished job. */
  public static ApiException conflict(String message) {
    return new ApiException(409, "conflict", message);
  }

  public static ApiException tooLarge(String message) {
    return new ApiException(413, "too_large", message);
  }

  /** Too many attempts: the client may try again after {@code retryAfter}. */
  public static ApiException throttled(String message, Duration retryAfter) {
    return new ApiException(429, "throttled", message, Optional.of(retryAfter));
  }

  /** The server cannot take the request now: the client may try again after {@code retryAfter}. */
  public static ApiException busy(String message, Duration retryAfter) {
    return new ApiException(503, "busy", message, Optional.of(retryAfter));
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** When the client may try again, for a {@code Retry-After} header. */
  public Optional<Duration> retryAfter() {
    return retryAfter;
  }
}
