package org.attache.pipeline.read;

import static java.util.Objects.requireNonNull;

/**
 * Why a source gives no document. Thrown inside the readers and turned into a {@link
 * ReadResult.Failed} at the edge of the package; it never reaches a caller.
 */
final class ReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  ReadException(String reason) {
    super(requireNonNull(reason, "reason is null"), null, false, false);
    this.reason = reason;
  }

  String reason() {
    return reason;
  }
}
