package org.attache.model.error;

import static java.util.Objects.requireNonNull;

/**
 * A failure with its {@link ErrorCode}. The message says what failed and on which value, in words
 * fit for the user when the code is not {@link ErrorCode#INTERNAL}; an internal failure's message
 * is for the log alone.
 */
public class AttacheException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public AttacheException(ErrorCode code, String message) {
    super(requireNonNull(message, "message is null"));
    this.code = requireNonNull(code, "code is null");
  }

  public AttacheException(ErrorCode code, String message, Throwable cause) {
    super(requireNonNull(message, "message is null"), cause);
    this.code = requireNonNull(code, "code is null");
  }

  public static AttacheException badInput(String message) {
    return new AttacheException(ErrorCode.BAD_INPUT, message);
  }

  public static AttacheException notFound(String message) {
    return new AttacheException(ErrorCode.NOT_FOUND, message);
  }

  public static AttacheException conflict(String message) {
    return new AttacheException(ErrorCode.CONFLICT, message);
  }

  public static AttacheException unavailable(String message, Throwable cause) {
    return new AttacheException(ErrorCode.UNAVAILABLE, message, cause);
  }

  public static AttacheException internal(String message) {
    return new AttacheException(ErrorCode.INTERNAL, message);
  }

  public static AttacheException internal(String message, Throwable cause) {
    return new AttacheException(ErrorCode.INTERNAL, message, cause);
  }

  public ErrorCode code() {
    return code;
  }
}
