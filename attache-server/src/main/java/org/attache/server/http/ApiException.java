package org.attache.server.http;

import static java.util.Objects.requireNonNull;

/**
 * A request that cannot be answered: becomes {@code { "code", "message" }} with its HTTP status.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  public ApiException(int status, String code, String message) {
    super(requireNonNull(message, "message is null"));
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("Not an error status: " + status);
    }
    this.status = status;
    this.code = requireNonNull(code, "code is null");
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

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
