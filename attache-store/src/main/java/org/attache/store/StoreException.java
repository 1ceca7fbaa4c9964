package org.attache.store;

import org.attache.model.error.AttacheException;
import org.attache.model.error.ErrorCode;

/**
 * A failure of the store: the database could not be reached, or refused a statement. Its code is
 * {@link ErrorCode#UNAVAILABLE}; its message is for the log, not for a client.
 */
public final class StoreException extends AttacheException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(ErrorCode.UNAVAILABLE, message, cause);
  }

  public StoreException(String message) {
    super(ErrorCode.UNAVAILABLE, message);
  }
}
