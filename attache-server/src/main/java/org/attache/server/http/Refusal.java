package org.attache.server.http;

import org.attache.model.error.ErrorCode;

/**
 * The ways the server refuses a request that it understood, each with its error code, HTTP status
 * and the word the answer's {@code code} carries.
 */
public enum Refusal {
  BAD_REQUEST(ErrorCode.BAD_INPUT, 400, "bad_request"),
  UNAUTHENTICATED(ErrorCode.UNAUTHORISED, 401, "unauthenticated"),
  FORBIDDEN(ErrorCode.UNAUTHORISED, 403, "forbidden"),
  /** A state-changing request without the session's anti-forgery token, or from another site. */
  CSRF(ErrorCode.UNAUTHORISED, 403, "csrf"),
  /** A request whose Host header names a site this server does not serve. */
  HOST(ErrorCode.UNAUTHORISED, 403, "host"),
  NOT_FOUND(ErrorCode.NOT_FOUND, 404, "not_found"),
  METHOD_NOT_ALLOWED(ErrorCode.BAD_INPUT, 405, "method_not_allowed"),
  /** A request that the resource's state does not allow: cancelling a finished job. */
  CONFLICT(ErrorCode.CONFLICT, 409, "conflict"),
  TOO_LARGE(ErrorCode.BAD_INPUT, 413, "too_large");

  private final ErrorCode code;
  private final int status;
  private final String word;

  Refusal(ErrorCode code, int status, String word) {
    this.code = code;
    this.status = status;
    this.word = word;
  }

  /** The refusal of a request, with a message for the client. */
  public ApiException because(String message) {
    return ApiException.logged(code, status, word, message);
  }
}
