package org.attache.spark;

import static java.util.Objects.requireNonNull;

/** A job that cannot run at all; the message names the input or output and the reason. */
public final class SparkJobException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of failure it is. */
  public enum Code {
    /** The job was asked for something it cannot do: an output that exists, no input. */
    USER_ERROR,
    /** An input is not what its format says: a table without a text column. */
    BAD_INPUT
  }

  private final Code code;

  public SparkJobException(Code code, String message) {
    super(requireNonNull(message, "message is null"));
    this.code = requireNonNull(code, "code is null");
  }

  public Code code() {
    return code;
  }
}
