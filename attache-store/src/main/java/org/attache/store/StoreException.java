package org.attache.store;

import org.attache.model.error.AttacheException;
import org.attache.model.error.ErrorCode;

/**
 * A failure of the store: the database could not be reached, or refused a statement. It is {@link
 * ErrorCode#UNAVAILABLE}: what failed is the database under the request, not the request.
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
